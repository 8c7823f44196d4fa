<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="el_GR">
<context>
    <name>AccountLock</name>
    <message>
        <source>%1 (process %2) on %3</source>
        <translation>%1 (διεργασία %2) στο %3</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>αυτόν τον υπολογιστή</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The server could not be reached (%1).</source>
        <translation>Δεν ήταν δυνατή η σύνδεση με τον διακομιστή (%1).</translation>
    </message>
    <message>
        <source>The server took too long to answer.</source>
        <translation>Ο διακομιστής άργησε πολύ να απαντήσει.</translation>
    </message>
    <message>
        <source>The secure connection to the server failed: %1.</source>
        <translation>Η ασφαλής σύνδεση με τον διακομιστή απέτυχε: %1.</translation>
    </message>
    <message>
        <source>The server answered with HTTP error %1.</source>
        <translation>Ο διακομιστής απάντησε με σφάλμα HTTP %1.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was too large to accept (%1).</source>
        <translation>Η απάντηση του διακομιστή ήταν πολύ μεγάλη για να γίνει δεκτή (%1).</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be understood (%1).</source>
        <translation>Η απάντηση του διακομιστή δεν ήταν κατανοητή (%1).</translation>
    </message>
    <message>
        <source>Your session has expired or is no longer valid. Please sign in again.</source>
        <translation>Η συνεδρία σας έληξε ή δεν ισχύει πια. Συνδεθείτε ξανά.</translation>
    </message>
    <message>
        <source>The username, password or organisation is not correct.</source>
        <translation>Το όνομα χρήστη, ο κωδικός ή ο οργανισμός δεν είναι σωστά.</translation>
    </message>
    <message>
        <source>The server reported an error (%1).</source>
        <translation>Ο διακομιστής ανέφερε σφάλμα (%1).</translation>
    </message>
    <message>
        <source>The request was sent, but no answer came back (%1). It may have been carried out: check before sending it again.</source>
        <translation>Το αίτημα στάλθηκε, αλλά δεν ήρθε απάντηση (%1). Μπορεί να έχει ήδη εκτελεστεί: ελέγξτε πριν το στείλετε ξανά.</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>έληξε το χρονικό όριο</translation>
    </message>
    <message>
        <source>The proxy server wants a user name and password. Enter them in the proxy settings.</source>
        <translation>Ο διακομιστής μεσολάβησης ζητά όνομα χρήστη και κωδικό πρόσβασης. Καταχωρίστε τα στις ρυθμίσεις του διακομιστή μεσολάβησης.</translation>
    </message>
    <message>
        <source>Something required is missing.</source>
        <translation>Λείπει κάτι απαραίτητο.</translation>
    </message>
    <message>
        <source>Something required is missing: “%1”</source>
        <translation>Λείπει κάτι απαραίτητο: «%1»</translation>
    </message>
    <message>
        <source>The server refused a value.</source>
        <translation>Ο διακομιστής απέρριψε μια τιμή.</translation>
    </message>
    <message>
        <source>The server refused a value: “%1”</source>
        <translation>Ο διακομιστής απέρριψε μια τιμή: «%1»</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>Δεν βρέθηκε.</translation>
    </message>
    <message>
        <source>Not found: “%1”</source>
        <translation>Δεν βρέθηκε: «%1»</translation>
    </message>
    <message>
        <source>This is not allowed in the current state.</source>
        <translation>Αυτό δεν επιτρέπεται στην τρέχουσα κατάσταση.</translation>
    </message>
    <message>
        <source>This is not allowed in the current state: “%1”</source>
        <translation>Αυτό δεν επιτρέπεται στην τρέχουσα κατάσταση: «%1»</translation>
    </message>
    <message>
        <source>The server reported an error: “%1”</source>
        <translation>Ο διακομιστής ανέφερε σφάλμα: «%1»</translation>
    </message>
</context>
<context>
    <name>CliParser</name>
    <message>
        <source>Give either --password-stdin or --api-key-stdin, not both: standard input holds one line.</source>
        <translation>Δώστε είτε --password-stdin είτε --api-key-stdin, όχι και τα δύο: η τυπική είσοδος περιέχει μία μόνο γραμμή.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Δεν δόθηκε εντολή.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a command: %2.</source>
        <translation>Το «%1» χρειάζεται εντολή: %2.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1 %2&quot;: the %1 commands are %3.</source>
        <translation>Άγνωστη εντολή «%1 %2»: οι εντολές του %1 είναι %3.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Άγνωστη εντολή «%1».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs FIELD=VALUE naming what it acts on, e.g. %2.</source>
        <translation>Η εντολή «%1» χρειάζεται ΠΕΔΙΟ=ΤΙΜΗ που να προσδιορίζει σε τι ενεργεί, π.χ. %2.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Μη αναμενόμενο όρισμα «%1».</translation>
    </message>
    <message>
        <source>The option --%1 does not apply to &quot;%2&quot;.</source>
        <translation>Η επιλογή --%1 δεν ισχύει για την εντολή «%2».</translation>
    </message>
    <message>
        <source>The option --profile needs the name of a profile of the CommDesk app.</source>
        <translation>Η επιλογή --profile χρειάζεται το όνομα ενός προφίλ της εφαρμογής CommDesk.</translation>
    </message>
    <message>
        <source>No server given: use --server URL, --profile NAME or the COMMDESK_SERVER environment variable.</source>
        <translation>Δεν δόθηκε διακομιστής: χρησιμοποιήστε --server URL, --profile ΟΝΟΜΑ ή τη μεταβλητή περιβάλλοντος COMMDESK_SERVER.</translation>
    </message>
</context>
<context>
    <name>CliProfiles</name>
    <message>
        <source>There is no profile named &quot;%1&quot;: %2 holds no profiles; create one in the CommDesk sign-in dialog.</source>
        <translation>Δεν υπάρχει προφίλ με όνομα «%1»: το %2 δεν περιέχει προφίλ. Δημιουργήστε ένα στο παράθυρο σύνδεσης του CommDesk.</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;: the profiles are %2.</source>
        <translation>Δεν υπάρχει προφίλ με όνομα «%1»: τα προφίλ είναι %2.</translation>
    </message>
</context>
<context>
    <name>CliUsage</name>
    <message>
        <source>Run &apos;commdesk-cli --help&apos; for usage.</source>
        <translation>Εκτελέστε &apos;commdesk-cli --help&apos; για οδηγίες χρήσης.</translation>
    </message>
    <message>
        <source>Usage: commdesk-cli --server URL --username U --organisation O [--unit ID] [--password-stdin]
                    [--api-key-stdin] [--timeout SECONDS] [--json] [--verbose] COMMAND ...
       commdesk-cli --profile NAME [options] COMMAND ...

The CRM.COM communications API from a terminal. Options may stand before or after the command.

Commands:
  communications list (--category F=V | --contact F=V) [--direction D] [--media M]
                      [--limit N] [--offset N] [--fields a,b] [--all] [--csv]
  communications show F=V [--fields a,b]          (e.g. number=CM000680)
  communications create --contact F=V [--template F=V] [--category F=V] [--external-system F=V]
                      [--group F=V] [--privacy-level F=V]
                      [--direction D] [--media M] [--subject S] [--content C | --content-file PATH]
                      [--to T] [--notes N] [--draft]
                      [--udf-string-1..8 TEXT] [--udf-float-1..4 NUMBER] [--udf-date-1..4 DATE]
                      [--referring-to ENTITY:F=V] [--parameter NAME:TYPE=VALUE ...]
  communications update F=V [the options of create but --contact; an empty value clears]
                      [--update-parameter NAME:TYPE=VALUE ...] [--remove-parameter F=V ...]
  communications complete F=V
  communications view F=V [--on DATE]             (DATE in ISO 8601; default now)
  contacts show F=V [--fields a,b]                (e.g. number=CI000111, id_number=800111)
  categories
  templates [--direction D] [--media M] [--category F=V] [--external-system F=V]
  external-systems
  queue list (--media M | --external-system F=V) [--state S] [--contact F=V]
             [--limit N] [--offset N] [--fields a,b]
  queue show F=V
  queue pending (--media M | --external-system F=V) [--contact F=V] --number N
  queue pending-completed (--media M | --external-system F=V) [--contact F=V] [--number N]
  queue complete F=V [--reason R]
  queue reject F=V --code C --description D [--reason R]
  queue remove F=V [--reason R]
  queue stats (--media M | --external-system F=V | --all)
  queue check [--max-pending N] [--max-oldest-pending SECONDS] [--max-reject-ratio R]
              [--warn-pending N] [--warn-oldest-pending SECONDS] [--warn-reject-ratio R]
              [--window MINUTES]
  queue serve-metrics --listen HOST:PORT [--interval SECONDS]
                      (OpenMetrics for Prometheus at /metrics; a poll every 15 s by default)

F=V names one entity by one field, e.g. number=CM000680, id=0A1B..., name=Billing.
D: INCOMING, OUTGOING.  M: EMAIL, SMS, PHONE, LETTER, FACE_TO_FACE.
S: PENDING, COMPLETED, REJECTED, COMPLETED_AND_REMOVED.  Any letter case is accepted.
--referring-to JOBS:number=J000123 names what the communication refers to by id or number;
ENTITY: %1.
--parameter colour:string=blue adds an unrestricted parameter; TYPE is STRING, FLOAT,
INTEGER or DATE. --update-parameter changes the one of that name, --remove-parameter
removes one by id, key or name. Each may be given more than once.

Options:
  --server URL         the CRM.COM server (or COMMDESK_SERVER)
  --profile NAME       a server profile of the CommDesk app: its server, username,
                       organisation, unit and certificates; options given win over it.
                       Its secret comes from the keychain unless given as below.
                       COMMDESK_SETTINGS=PATH reads the profiles from another settings file.
  --username U         (or COMMDESK_USERNAME)
  --organisation O     (or COMMDESK_ORGANISATION)
  --unit ID            (or COMMDESK_UNIT)
  --password-stdin     read the password from the first line of standard input
  --api-key-stdin      read a web API key from the first line of standard input
                       Without either: COMMDESK_API_KEY, else COMMDESK_PASSWORD.
                       Secrets are never accepted as command-line options.
  --timeout SECONDS    the overall deadline of each request (default 30)
  --json               print results as one JSON document
  --verbose            let diagnostics through to standard error (secrets stay redacted)
  --help, --version

communications list: --all reads every page (--limit is then the page size, 500 by default);
--csv prints CSV for spreadsheets (UTF-8, formulas defused) instead of a table.

queue check: --max-* are the CRITICAL limits; WARNING is above --warn-*, by default 80% of
--max-*. It prints one status line with perfdata and exits 0 OK, 1 WARNING, 2 CRITICAL,
3 UNKNOWN.

Exit status: 0 success, 1 the server answered with an error, 2 usage, 3 network, TLS or
timeout, 4 an answer that could not be understood.
</source>
        <translation>Χρήση: commdesk-cli --server URL --username U --organisation O [--unit ID] [--password-stdin]
                    [--api-key-stdin] [--timeout ΔΕΥΤΕΡΟΛΕΠΤΑ] [--json] [--verbose] ΕΝΤΟΛΗ ...
       commdesk-cli --profile ΟΝΟΜΑ [επιλογές] ΕΝΤΟΛΗ ...

Το API επικοινωνιών του CRM.COM από το τερματικό. Οι επιλογές μπορούν να δοθούν πριν ή μετά
την εντολή.

Εντολές:
  communications list (--category F=V | --contact F=V) [--direction D] [--media M]
                      [--limit N] [--offset N] [--fields a,b] [--all] [--csv]
  communications show F=V [--fields a,b]          (π.χ. number=CM000680)
  communications create --contact F=V [--template F=V] [--category F=V] [--external-system F=V]
                      [--group F=V] [--privacy-level F=V]
                      [--direction D] [--media M] [--subject S]
                      [--content C | --content-file ΔΙΑΔΡΟΜΗ]
                      [--to T] [--notes N] [--draft]
                      [--udf-string-1..8 ΚΕΙΜΕΝΟ] [--udf-float-1..4 ΑΡΙΘΜΟΣ]
                      [--udf-date-1..4 ΗΜΕΡΟΜΗΝΙΑ]
                      [--referring-to ΟΝΤΟΤΗΤΑ:F=V] [--parameter ΟΝΟΜΑ:ΤΥΠΟΣ=ΤΙΜΗ ...]
  communications update F=V [οι επιλογές της create εκτός από --contact· μια κενή τιμή
                      καθαρίζει το πεδίο]
                      [--update-parameter ΟΝΟΜΑ:ΤΥΠΟΣ=ΤΙΜΗ ...] [--remove-parameter F=V ...]
  communications complete F=V
  communications view F=V [--on ΗΜΕΡΟΜΗΝΙΑ]       (ΗΜΕΡΟΜΗΝΙΑ σε ISO 8601· προεπιλογή: τώρα)
  contacts show F=V [--fields a,b]                (π.χ. number=CI000111, id_number=800111)
  categories
  templates [--direction D] [--media M] [--category F=V] [--external-system F=V]
  external-systems
  queue list (--media M | --external-system F=V) [--state S] [--contact F=V]
             [--limit N] [--offset N] [--fields a,b]
  queue show F=V
  queue pending (--media M | --external-system F=V) [--contact F=V] --number N
  queue pending-completed (--media M | --external-system F=V) [--contact F=V] [--number N]
  queue complete F=V [--reason R]
  queue reject F=V --code C --description D [--reason R]
  queue remove F=V [--reason R]
  queue stats (--media M | --external-system F=V | --all)
  queue check [--max-pending N] [--max-oldest-pending ΔΕΥΤΕΡΟΛΕΠΤΑ] [--max-reject-ratio R]
              [--warn-pending N] [--warn-oldest-pending ΔΕΥΤΕΡΟΛΕΠΤΑ] [--warn-reject-ratio R]
              [--window ΛΕΠΤΑ]
  queue serve-metrics --listen ΔΙΕΥΘΥΝΣΗ:ΘΥΡΑ [--interval ΔΕΥΤΕΡΟΛΕΠΤΑ]
                      (OpenMetrics για το Prometheus στο /metrics· μία ανάγνωση κάθε 15 s εξ ορισμού)

Το F=V προσδιορίζει μία οντότητα με ένα πεδίο, π.χ. number=CM000680, id=0A1B..., name=Billing.
D: INCOMING, OUTGOING.  M: EMAIL, SMS, PHONE, LETTER, FACE_TO_FACE.
S: PENDING, COMPLETED, REJECTED, COMPLETED_AND_REMOVED.  Γίνονται δεκτά κεφαλαία και πεζά.
Το --referring-to JOBS:number=J000123 δηλώνει την εγγραφή που αφορά η επικοινωνία, με id ή
αριθμό· ΟΝΤΟΤΗΤΑ: %1.
Το --parameter colour:string=blue προσθέτει μια ελεύθερη παράμετρο· ο ΤΥΠΟΣ είναι STRING,
FLOAT, INTEGER ή DATE. Το --update-parameter αλλάζει την παράμετρο με αυτό το όνομα και το
--remove-parameter αφαιρεί μία με βάση το id, το κλειδί ή το όνομά της. Καθεμία από αυτές
μπορεί να δοθεί περισσότερες από μία φορές.

Επιλογές:
  --server URL         ο διακομιστής CRM.COM (ή COMMDESK_SERVER)
  --profile ΟΝΟΜΑ      ένα προφίλ διακομιστή της εφαρμογής CommDesk: ο διακομιστής, το όνομα
                       χρήστη, ο οργανισμός, η μονάδα και τα πιστοποιητικά του· οι επιλογές
                       που δίνονται υπερισχύουν. Το μυστικό του προέρχεται από την
                       κλειδοθήκη, εκτός αν δοθεί όπως παρακάτω.
                       Με COMMDESK_SETTINGS=ΔΙΑΔΡΟΜΗ τα προφίλ διαβάζονται από άλλο αρχείο
                       ρυθμίσεων.
  --username U         (ή COMMDESK_USERNAME)
  --organisation O     (ή COMMDESK_ORGANISATION)
  --unit ID            (ή COMMDESK_UNIT)
  --password-stdin     ανάγνωση του κωδικού πρόσβασης από την πρώτη γραμμή της τυπικής εισόδου
  --api-key-stdin      ανάγνωση κλειδιού web API από την πρώτη γραμμή της τυπικής εισόδου
                       Χωρίς καμία από τις δύο: COMMDESK_API_KEY, αλλιώς COMMDESK_PASSWORD.
                       Τα μυστικά δεν γίνονται ποτέ δεκτά ως επιλογές της γραμμής εντολών.
  --timeout ΔΕΥΤΕΡΟΛΕΠΤΑ
                       η συνολική προθεσμία κάθε αιτήματος (προεπιλογή 30)
  --json               εκτύπωση των αποτελεσμάτων ως ενιαίο έγγραφο JSON
  --verbose            εμφάνιση διαγνωστικών μηνυμάτων στην τυπική έξοδο σφαλμάτων (τα
                       μυστικά παραμένουν κρυμμένα)
  --help, --version

communications list: το --all διαβάζει όλες τις σελίδες (το --limit είναι τότε το μέγεθος της
σελίδας, 500 εξ ορισμού)· το --csv τυπώνει CSV για υπολογιστικά φύλλα (UTF-8, χωρίς ενεργούς
τύπους) αντί για πίνακα.

queue check: τα --max-* είναι τα όρια CRITICAL· WARNING σημαίνει πάνω από τα --warn-*, που
από προεπιλογή είναι το 80% των --max-*. Εκτυπώνει μία γραμμή κατάστασης με perfdata και
τερματίζει με 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN.

Κατάσταση εξόδου: 0 επιτυχία, 1 ο διακομιστής απάντησε με σφάλμα, 2 σφάλμα χρήσης, 3 σφάλμα
δικτύου, TLS ή λήξη χρονικού ορίου, 4 απάντηση που δεν ήταν κατανοητή.
</translation>
    </message>
</context>
<context>
    <name>CommandArgumentsReader</name>
    <message>
        <source>&quot;%1&quot; needs --%2.</source>
        <translation>Η εντολή «%1» χρειάζεται --%2.</translation>
    </message>
    <message>
        <source>Nothing to update: give at least one option such as --subject or --notes.</source>
        <translation>Δεν υπάρχει τίποτα προς ενημέρωση: δώστε τουλάχιστον μία επιλογή, όπως --subject ή --notes.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a non-empty --code and --description.</source>
        <translation>Η εντολή «%1» χρειάζεται μη κενά --code και --description.</translation>
    </message>
    <message>
        <source>Give either --category or --contact to &quot;%1&quot;, not both.</source>
        <translation>Δώστε στην εντολή «%1» είτε --category είτε --contact, όχι και τα δύο.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs --category or --contact.</source>
        <translation>Η εντολή «%1» χρειάζεται --category ή --contact.</translation>
    </message>
    <message>
        <source>Give either --media or --external-system to &quot;%1&quot;, not both.</source>
        <translation>Δώστε στην εντολή «%1» είτε --media είτε --external-system, όχι και τα δύο.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs --media or --external-system.</source>
        <translation>Η εντολή «%1» χρειάζεται --media ή --external-system.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs --media, --external-system or --all.</source>
        <translation>Η εντολή «%1» χρειάζεται --media, --external-system ή --all.</translation>
    </message>
    <message>
        <source>Give only one of --media, --external-system and --all to &quot;%1&quot;.</source>
        <translation>Δώστε στην εντολή «%1» μόνο ένα από τα --media, --external-system και --all.</translation>
    </message>
    <message>
        <source>--%1 must not be above --%2.</source>
        <translation>Το --%1 δεν πρέπει να είναι μεγαλύτερο από το --%2.</translation>
    </message>
    <message>
        <source>--listen wants HOST:PORT with an address or localhost, e.g. 127.0.0.1:9464; &quot;%1&quot; is not.</source>
        <translation>Το --listen θέλει ΔΙΕΥΘΥΝΣΗ:ΘΥΡΑ με μια διεύθυνση ή localhost, π.χ. 127.0.0.1:9464· το «%1» δεν είναι.</translation>
    </message>
    <message>
        <source>Give either --csv or --json, not both.</source>
        <translation>Δώστε είτε --csv είτε --json, όχι και τα δύο.</translation>
    </message>
    <message>
        <source>--csv writes its own columns: leave out --fields.</source>
        <translation>Το --csv γράφει δικές του στήλες: παραλείψτε το --fields.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Unknown option &quot;%1&quot;.</source>
        <translation>Άγνωστη επιλογή «%1».</translation>
    </message>
    <message>
        <source>Passwords are not accepted on the command line, where other users and the shell history can see them: use --password-stdin or the COMMDESK_PASSWORD environment variable.</source>
        <translation>Οι κωδικοί πρόσβασης δεν γίνονται δεκτοί στη γραμμή εντολών, όπου είναι ορατοί σε άλλους χρήστες και στο ιστορικό του κελύφους: χρησιμοποιήστε --password-stdin ή τη μεταβλητή περιβάλλοντος COMMDESK_PASSWORD.</translation>
    </message>
    <message>
        <source>Secrets are not accepted on the command line, where other users and the shell history can see them: use --api-key-stdin or the COMMDESK_API_KEY environment variable.</source>
        <translation>Τα μυστικά δεν γίνονται δεκτά στη γραμμή εντολών, όπου είναι ορατά σε άλλους χρήστες και στο ιστορικό του κελύφους: χρησιμοποιήστε --api-key-stdin ή τη μεταβλητή περιβάλλοντος COMMDESK_API_KEY.</translation>
    </message>
    <message>
        <source>Unknown option &quot;--%1&quot;.</source>
        <translation>Άγνωστη επιλογή «--%1».</translation>
    </message>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation>Η επιλογή --%1 χρειάζεται τιμή.</translation>
    </message>
    <message>
        <source>The option --%1 takes no value.</source>
        <translation>Η επιλογή --%1 δεν δέχεται τιμή.</translation>
    </message>
    <message>
        <source>The option --%1 was given more than once.</source>
        <translation>Η επιλογή --%1 δόθηκε περισσότερες από μία φορές.</translation>
    </message>
</context>
<context>
    <name>CommunicationInputReader</name>
    <message>
        <source>Give either --content or --content-file, not both.</source>
        <translation>Δώστε είτε --content είτε --content-file, όχι και τα δύο.</translation>
    </message>
    <message>
        <source>The option --referring-to expects ENTITY:FIELD=VALUE, e.g. JOBS:%1, not &quot;%2&quot;.</source>
        <translation>Η επιλογή --referring-to αναμένει ΟΝΤΟΤΗΤΑ:ΠΕΔΙΟ=ΤΙΜΗ, π.χ. JOBS:%1, όχι «%2».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an entity that --referring-to knows: use one of %2.</source>
        <translation>Το «%1» δεν είναι οντότητα που αναγνωρίζει το --referring-to: χρησιμοποιήστε μία από τις %2.</translation>
    </message>
    <message>
        <source>The option --%1 expects NAME:TYPE=VALUE, e.g. colour:string=blue, not &quot;%2&quot;.</source>
        <translation>Η επιλογή --%1 αναμένει ΟΝΟΜΑ:ΤΥΠΟΣ=ΤΙΜΗ, π.χ. colour:string=blue, όχι «%2».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a parameter type that --%2 knows: use one of %3.</source>
        <translation>Το «%1» δεν είναι τύπος παραμέτρου που αναγνωρίζει το --%2: χρησιμοποιήστε έναν από τους %3.</translation>
    </message>
    <message>
        <source>a number such as 2.5</source>
        <translation>αριθμό όπως 2.5</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>ακέραιο αριθμό</translation>
    </message>
    <message>
        <source>an ISO 8601 date such as 2017-05-22</source>
        <translation>ημερομηνία ISO 8601 όπως 2017-05-22</translation>
    </message>
    <message>
        <source>The option --%1 needs %2 as the value of the %3 parameter &quot;%4&quot;, not &quot;%5&quot;.</source>
        <translation>Η επιλογή --%1 χρειάζεται %2 ως τιμή της παραμέτρου %3 «%4», όχι «%5».</translation>
    </message>
</context>
<context>
    <name>ComposeValidation</name>
    <message>
        <source>Name the %1 as field=value, for example %2=…</source>
        <translation>Δώστε %1 στη μορφή πεδίο=τιμή, για παράδειγμα %2=…</translation>
    </message>
    <message>
        <source>“%1” is not a field of a %2; use one of: %3</source>
        <translation>Το «%1» δεν είναι πεδίο για %2· χρησιμοποιήστε ένα από τα: %3</translation>
    </message>
    <message>
        <source>Parameter %1: enter a name.</source>
        <translation>Παράμετρος %1: δώστε όνομα.</translation>
    </message>
    <message>
        <source>Parameter %1: the name “%2” is used twice.</source>
        <translation>Παράμετρος %1: το όνομα «%2» χρησιμοποιείται δύο φορές.</translation>
    </message>
    <message>
        <source>Parameter %1: enter a value.</source>
        <translation>Παράμετρος %1: δώστε τιμή.</translation>
    </message>
    <message>
        <source>Parameter %1: “%2” is not a number.</source>
        <translation>Παράμετρος %1: το «%2» δεν είναι αριθμός.</translation>
    </message>
    <message>
        <source>Parameter %1: “%2” is not a whole number.</source>
        <translation>Παράμετρος %1: το «%2» δεν είναι ακέραιος αριθμός.</translation>
    </message>
    <message>
        <source>Parameter %1: “%2” is not a date such as 2024-05-31.</source>
        <translation>Παράμετρος %1: το «%2» δεν είναι ημερομηνία της μορφής 2024-05-31.</translation>
    </message>
    <message>
        <source>Choose how to name the contact.</source>
        <translation>Επιλέξτε με ποιο πεδίο προσδιορίζεται η επαφή.</translation>
    </message>
    <message>
        <source>Enter the contact this communication is with.</source>
        <translation>Δώστε την επαφή με την οποία γίνεται αυτή η επικοινωνία.</translation>
    </message>
    <message>
        <source>Choose a direction.</source>
        <translation>Επιλέξτε κατεύθυνση.</translation>
    </message>
    <message>
        <source>Choose a media.</source>
        <translation>Επιλέξτε μέσο.</translation>
    </message>
    <message>
        <source>An e-mail needs an address to send to.</source>
        <translation>Ένα ηλεκτρονικό μήνυμα χρειάζεται διεύθυνση παραλήπτη.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address such as name@example.com.</source>
        <translation>Το «%1» δεν είναι διεύθυνση ηλ. ταχυδρομείου της μορφής name@example.com.</translation>
    </message>
    <message>
        <source>“%1” is not a phone number such as +357 99 123456.</source>
        <translation>Το «%1» δεν είναι αριθμός τηλεφώνου της μορφής +357 99 123456.</translation>
    </message>
    <message>
        <source>Enter a subject.</source>
        <translation>Δώστε θέμα.</translation>
    </message>
    <message>
        <source>Enter the content.</source>
        <translation>Δώστε το περιεχόμενο.</translation>
    </message>
    <message>
        <source>group</source>
        <translation>ομάδα</translation>
    </message>
    <message>
        <source>privacy level</source>
        <translation>επίπεδο απορρήτου</translation>
    </message>
    <message>
        <source>Enter the number of what this communication refers to.</source>
        <translation>Δώστε τον αριθμό της εγγραφής που αφορά αυτή η επικοινωνία.</translation>
    </message>
    <message>
        <source>Choose what kind of record the number belongs to.</source>
        <translation>Επιλέξτε σε τι είδους εγγραφή ανήκει ο αριθμός.</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>Το «%1» δεν είναι αριθμός.</translation>
    </message>
    <message>
        <source>“%1” is not a date such as 2024-05-31.</source>
        <translation>Το «%1» δεν είναι ημερομηνία της μορφής 2024-05-31.</translation>
    </message>
</context>
<context>
    <name>ComposeValues</name>
    <message>
        <source>Contact number</source>
        <translation>Αριθμός επαφής</translation>
    </message>
    <message>
        <source>Contact ID</source>
        <translation>Αναγνωριστικό επαφής</translation>
    </message>
    <message>
        <source>ID card number</source>
        <translation>Αριθμός δελτίου ταυτότητας</translation>
    </message>
    <message>
        <source>Passport number</source>
        <translation>Αριθμός διαβατηρίου</translation>
    </message>
    <message>
        <source>Social security number</source>
        <translation>Αριθμός κοινωνικής ασφάλισης</translation>
    </message>
    <message>
        <source>VAT registration number</source>
        <translation>Αριθμός μητρώου ΦΠΑ</translation>
    </message>
    <message>
        <source>Company registration number</source>
        <translation>Αριθμός εγγραφής εταιρείας</translation>
    </message>
</context>
<context>
    <name>CredentialReader</name>
    <message>
        <source>No API key could be read from standard input.</source>
        <translation>Δεν ήταν δυνατή η ανάγνωση κλειδιού API από την τυπική είσοδο.</translation>
    </message>
    <message>
        <source>No password could be read from standard input.</source>
        <translation>Δεν ήταν δυνατή η ανάγνωση κωδικού πρόσβασης από την τυπική είσοδο.</translation>
    </message>
    <message>
        <source>No password given: pipe it to --password-stdin or set COMMDESK_PASSWORD (or use an API key with --api-key-stdin or COMMDESK_API_KEY).</source>
        <translation>Δεν δόθηκε κωδικός πρόσβασης: διοχετεύστε τον στο --password-stdin ή ορίστε τη μεταβλητή COMMDESK_PASSWORD (ή χρησιμοποιήστε κλειδί API με --api-key-stdin ή COMMDESK_API_KEY).</translation>
    </message>
    <message>
        <source>No username given: use --username or the COMMDESK_USERNAME environment variable.</source>
        <translation>Δεν δόθηκε όνομα χρήστη: χρησιμοποιήστε --username ή τη μεταβλητή περιβάλλοντος COMMDESK_USERNAME.</translation>
    </message>
    <message>
        <source>No organisation given: use --organisation or the COMMDESK_ORGANISATION environment variable.</source>
        <translation>Δεν δόθηκε οργανισμός: χρησιμοποιήστε --organisation ή τη μεταβλητή περιβάλλοντος COMMDESK_ORGANISATION.</translation>
    </message>
</context>
<context>
    <name>DisplayText</name>
    <message>
        <source>Incoming</source>
        <translation>Εισερχόμενη</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Εξερχόμενη</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Ηλ. ταχυδρομείο</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Τηλέφωνο</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Επιστολή</translation>
    </message>
    <message>
        <source>Face to face</source>
        <translation>Δια ζώσης</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Πρόχειρο</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Ολοκληρωμένη</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Σε αναμονή</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Απορρίφθηκε</translation>
    </message>
    <message>
        <source>Completed and removed</source>
        <translation>Ολοκληρώθηκε και αφαιρέθηκε</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Συνδρομή</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Δραστηριότητα</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Εργασία</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Επικοινωνία</translation>
    </message>
    <message>
        <source>Account receivable</source>
        <translation>Απαιτητός λογαριασμός</translation>
    </message>
    <message>
        <source>Bill</source>
        <translation>Λογαριασμός</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Ειδοποίηση</translation>
    </message>
    <message>
        <source>Service request</source>
        <translation>Αίτημα εξυπηρέτησης</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Υποψήφιος πελάτης</translation>
    </message>
    <message>
        <source>Rewards participant</source>
        <translation>Συμμετέχων σε πρόγραμμα επιβράβευσης</translation>
    </message>
    <message>
        <source>Award transaction</source>
        <translation>Συναλλαγή απονομής</translation>
    </message>
    <message>
        <source>Spend transaction</source>
        <translation>Συναλλαγή εξαργύρωσης</translation>
    </message>
    <message>
        <source>Buy-in-advance request</source>
        <translation>Αίτημα προαγοράς</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Διακριτικό πρόσβασης</translation>
    </message>
    <message>
        <source>Purchase customer event</source>
        <translation>Συμβάν πελάτη: αγορά</translation>
    </message>
    <message>
        <source>Spend request customer event</source>
        <translation>Συμβάν πελάτη: αίτημα εξαργύρωσης</translation>
    </message>
    <message>
        <source>Complete</source>
        <comment>queue action</comment>
        <translation>Ολοκλήρωση</translation>
    </message>
    <message>
        <source>Reject</source>
        <comment>queue action</comment>
        <translation>Απόρριψη</translation>
    </message>
    <message>
        <source>Remove</source>
        <comment>queue action</comment>
        <translation>Αφαίρεση</translation>
    </message>
    <message>
        <source>Resend</source>
        <comment>queue action</comment>
        <translation>Επαναποστολή</translation>
    </message>
</context>
<context>
    <name>OptionReader</name>
    <message>
        <source>&quot;%1&quot; is not a valid value for --%2: use one of %3.</source>
        <translation>Το «%1» δεν είναι έγκυρη τιμή για το --%2: χρησιμοποιήστε ένα από τα %3.</translation>
    </message>
    <message>
        <source>%1 expects FIELD=VALUE, e.g. %2, not &quot;%3&quot;.</source>
        <translation>%1 αναμένει ΠΕΔΙΟ=ΤΙΜΗ, π.χ. %2, όχι «%3».</translation>
    </message>
    <message>
        <source>%1 cannot use the field &quot;%2&quot;: use one of %3.</source>
        <translation>%1 δεν μπορεί να χρησιμοποιήσει το πεδίο «%2»: χρησιμοποιήστε ένα από τα %3.</translation>
    </message>
    <message>
        <source>The option --%1</source>
        <translation>Η επιλογή --%1</translation>
    </message>
    <message>
        <source>This command</source>
        <translation>Αυτή η εντολή</translation>
    </message>
    <message>
        <source>The option --%1 needs a whole number of at least %2, not &quot;%3&quot;.</source>
        <translation>Η επιλογή --%1 χρειάζεται ακέραιο αριθμό τουλάχιστον %2, όχι «%3».</translation>
    </message>
    <message>
        <source>The option --%1 needs a number from 0 to 1, not &quot;%2&quot;.</source>
        <translation>Η επιλογή --%1 χρειάζεται αριθμό από 0 έως 1, όχι «%2».</translation>
    </message>
    <message>
        <source>The option --%1 needs an ISO 8601 date such as 2017-05-22T12:42:03+03:00, not &quot;%2&quot;.</source>
        <translation>Η επιλογή --%1 χρειάζεται ημερομηνία ISO 8601, όπως 2017-05-22T12:42:03+03:00, όχι «%2».</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; could not be read: %2.</source>
        <translation>Δεν ήταν δυνατή η ανάγνωση του αρχείου «%1»: %2.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is not UTF-8 text.</source>
        <translation>Το αρχείο «%1» δεν είναι κείμενο UTF-8.</translation>
    </message>
    <message>
        <source>The option --%1 needs a number such as 2.5, not &quot;%2&quot;.</source>
        <translation>Η επιλογή --%1 χρειάζεται αριθμό όπως 2.5, όχι «%2».</translation>
    </message>
</context>
<context>
    <name>ProxySettings</name>
    <message>
        <source>&quot;%1&quot; is no proxy: give http://HOST:PORT or socks5://HOST:PORT (with USER:PASSWORD@ before the host when the proxy wants them), none or system.</source>
        <translation>Το «%1» δεν είναι διακομιστής μεσολάβησης: δώστε http://ΥΠΟΛΟΓΙΣΤΗΣ:ΘΥΡΑ ή socks5://ΥΠΟΛΟΓΙΣΤΗΣ:ΘΥΡΑ (με ΧΡΗΣΤΗΣ:ΚΩΔΙΚΟΣ@ πριν από τον υπολογιστή, όταν τα ζητά ο διακομιστής μεσολάβησης), none ή system.</translation>
    </message>
</context>
<context>
    <name>QueueCheck</name>
    <message>
        <source>%1 (critical above %2)</source>
        <translation>%1 (κρίσιμο πάνω από %2)</translation>
    </message>
    <message>
        <source>%1 (warning above %2)</source>
        <translation>%1 (προειδοποίηση πάνω από %2)</translation>
    </message>
    <message>
        <source>%1 pending</source>
        <translation>%1 σε αναμονή</translation>
    </message>
    <message>
        <source>oldest %1</source>
        <translation>παλαιότερη %1</translation>
    </message>
    <message>
        <source>reject ratio %1</source>
        <translation>ποσοστό απορρίψεων %1</translation>
    </message>
    <message numerus="yes">
        <source>reject ratio %1 over %n minutes</source>
        <translation>
            <numerusform>ποσοστό απορρίψεων %1 στο τελευταίο %n λεπτό</numerusform>
            <numerusform>ποσοστό απορρίψεων %1 στα τελευταία %n λεπτά</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueueStatsReport</name>
    <message>
        <source>SOURCE</source>
        <translation>ΠΗΓΗ</translation>
    </message>
    <message>
        <source>OLDEST_PENDING</source>
        <translation>ΠΑΛΑΙΟΤΕΡΗ_ΣΕ_ΑΝΑΜΟΝΗ</translation>
    </message>
    <message>
        <source>REJECT_RATIO</source>
        <translation>ΠΟΣΟΣΤΟ_ΑΠΟΡΡΙΨΕΩΝ</translation>
    </message>
    <message>
        <source>total</source>
        <translation>σύνολο</translation>
    </message>
</context>
<context>
    <name>QueueSummary</name>
    <message>
        <source>All</source>
        <translation>Όλες</translation>
    </message>
</context>
<context>
    <name>TlsPolicy</name>
    <message>
        <source>The CA bundle %1 cannot be read: %2</source>
        <translation>Δεν είναι δυνατή η ανάγνωση του πακέτου CA %1: %2</translation>
    </message>
    <message>
        <source>The CA bundle %1 holds no PEM certificate.</source>
        <translation>Το πακέτο CA %1 δεν περιέχει πιστοποιητικό PEM.</translation>
    </message>
</context>
<context>
    <name>commdesk::AccountMenu</name>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Λογαριασμός</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Αποσύνδεση</translation>
    </message>
    <message>
        <source>S&amp;witch profile…</source>
        <translation>Αλλαγή &amp;προφίλ…</translation>
    </message>
    <message>
        <source>Ne&amp;twork settings…</source>
        <translation>Ρυθμίσεις &amp;δικτύου…</translation>
    </message>
    <message>
        <source>&amp;Diagnostic log</source>
        <translation>Αρχείο &amp;διαγνωστικής καταγραφής</translation>
    </message>
    <message>
        <source>The proxy %1 asks for a user name and password.</source>
        <translation>Ο διακομιστής μεσολάβησης %1 ζητά όνομα χρήστη και κωδικό πρόσβασης.</translation>
    </message>
    <message>
        <source>You are not signed in. Sign in again (Account &gt; Switch profile…) to carry on.</source>
        <translation>Δεν έχετε συνδεθεί. Συνδεθείτε ξανά (Λογαριασμός &gt; Αλλαγή προφίλ…) για να συνεχίσετε.</translation>
    </message>
</context>
<context>
    <name>commdesk::ActionJournal</name>
    <message>
        <source>the journal file is not open</source>
        <translation>το αρχείο του ημερολογίου δεν είναι ανοιχτό</translation>
    </message>
</context>
<context>
    <name>commdesk::ActionJournalDialog</name>
    <message>
        <source>Queue action journal</source>
        <translation>Ημερολόγιο ενεργειών ουράς</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Ώρα</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Χρήστης</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ενέργεια</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Καταχώριση</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Αιτιολογία</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Λεπτομέρειες</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Αποτέλεσμα</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Απάντηση</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Εξαγωγή CSV…</translation>
    </message>
    <message>
        <source>Export the action journal</source>
        <translation>Εξαγωγή του ημερολογίου ενεργειών</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Αρχεία CSV (*.csv)</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Επιτυχία</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Αποτυχία</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>Δεν ήταν δυνατή η εγγραφή του %1: %2</translation>
    </message>
</context>
<context>
    <name>commdesk::ApiClient</name>
    <message>
        <source>Enter the address of the CRM.COM server.</source>
        <translation>Δώστε τη διεύθυνση του διακομιστή CRM.COM.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid server address.</source>
        <translation>Το «%1» δεν είναι έγκυρη διεύθυνση διακομιστή.</translation>
    </message>
    <message>
        <source>The server address must start with http:// or https://.</source>
        <translation>Η διεύθυνση του διακομιστή πρέπει να αρχίζει με http:// ή https://.</translation>
    </message>
    <message>
        <source>No server address has been set.</source>
        <translation>Δεν έχει οριστεί διεύθυνση διακομιστή.</translation>
    </message>
</context>
<context>
    <name>commdesk::BrowseSidebar</name>
    <message>
        <source>Contact identifier field</source>
        <translation>Πεδίο αναγνώρισης επαφής</translation>
    </message>
    <message>
        <source>Which contact field to search by</source>
        <translation>Με ποιο πεδίο της επαφής γίνεται η αναζήτηση</translation>
    </message>
    <message>
        <source>Contact number, ID number, …</source>
        <translation>Αριθμός επαφής, αριθμός ταυτότητας, …</translation>
    </message>
    <message>
        <source>Find contact</source>
        <translation>Εύρεση επαφής</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Άνοιγμα</translation>
    </message>
    <message>
        <source>Open contact&apos;s communications</source>
        <translation>Άνοιγμα των επικοινωνιών της επαφής</translation>
    </message>
    <message>
        <source>Recent contacts</source>
        <translation>Πρόσφατες επαφές</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Κατηγορίες</translation>
    </message>
    <message>
        <source>&amp;Recent contacts</source>
        <translation>Π&amp;ρόσφατες επαφές</translation>
    </message>
    <message>
        <source>Find contact b&amp;y</source>
        <translation>Εύρεση επαφής &amp;με</translation>
    </message>
    <message>
        <source>Ca&amp;tegories</source>
        <translation>Κα&amp;τηγορίες</translation>
    </message>
</context>
<context>
    <name>commdesk::CategoryTreeModel</name>
    <message>
        <source>Categories</source>
        <translation>Κατηγορίες</translation>
    </message>
</context>
<context>
    <name>commdesk::CertificateDialog</name>
    <message>
        <source>&amp;Trust this certificate for this server</source>
        <translation>&amp;Εμπιστοσύνη σε αυτό το πιστοποιητικό για αυτόν τον διακομιστή</translation>
    </message>
    <message>
        <source>Untrusted certificate</source>
        <translation>Μη αξιόπιστο πιστοποιητικό</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 έως %2</translation>
    </message>
    <message>
        <source>The certificate of %1 could not be verified. Someone may be intercepting the connection, or the server uses a certificate your system does not know. Compare the fingerprint with the one your IT department gives you before trusting it.</source>
        <translation>Δεν ήταν δυνατή η επαλήθευση του πιστοποιητικού του %1. Κάποιος μπορεί να υποκλέπτει τη σύνδεση ή ο διακομιστής χρησιμοποιεί πιστοποιητικό που δεν γνωρίζει το σύστημά σας. Πριν το εμπιστευτείτε, συγκρίνετε το αποτύπωμα με αυτό που σας δίνει το τμήμα πληροφορικής.</translation>
    </message>
    <message>
        <source>Problem:</source>
        <translation>Πρόβλημα:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Υποκείμενο:</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Εκδότης:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Ισχύει:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>Αποτύπωμα SHA-256:</translation>
    </message>
    <message>
        <source>Trust this certificate for this server</source>
        <translation>Εμπιστοσύνη σε αυτό το πιστοποιητικό για αυτόν τον διακομιστή</translation>
    </message>
</context>
<context>
    <name>commdesk::CliApplication</name>
    <message>
        <source>The keychain cannot be reached (%2), so the API key of profile &quot;%1&quot; cannot be read from it: pipe it to --api-key-stdin or set COMMDESK_API_KEY.</source>
        <translation>Η κλειδοθήκη δεν είναι προσβάσιμη (%2), οπότε δεν είναι δυνατή η ανάγνωση του κλειδιού API του προφίλ «%1» από αυτήν: διοχετεύστε το στο --api-key-stdin ή ορίστε τη μεταβλητή COMMDESK_API_KEY.</translation>
    </message>
    <message>
        <source>no keychain service was found</source>
        <translation>δεν βρέθηκε υπηρεσία κλειδοθήκης</translation>
    </message>
    <message>
        <source>The keychain cannot be reached (%2), so the password of profile &quot;%1&quot; cannot be read from it: pipe it to --password-stdin or set COMMDESK_PASSWORD.</source>
        <translation>Η κλειδοθήκη δεν είναι προσβάσιμη (%2), οπότε δεν είναι δυνατή η ανάγνωση του κωδικού πρόσβασης του προφίλ «%1» από αυτήν: διοχετεύστε τον στο --password-stdin ή ορίστε τη μεταβλητή COMMDESK_PASSWORD.</translation>
    </message>
    <message>
        <source>The keychain refused the API key of profile &quot;%1&quot; (%2): pipe it to --api-key-stdin or set COMMDESK_API_KEY.</source>
        <translation>Η κλειδοθήκη αρνήθηκε την πρόσβαση στο κλειδί API του προφίλ «%1» (%2): διοχετεύστε το στο --api-key-stdin ή ορίστε τη μεταβλητή COMMDESK_API_KEY.</translation>
    </message>
    <message>
        <source>The keychain refused the password of profile &quot;%1&quot; (%2): pipe it to --password-stdin or set COMMDESK_PASSWORD.</source>
        <translation>Η κλειδοθήκη αρνήθηκε την πρόσβαση στον κωδικό πρόσβασης του προφίλ «%1» (%2): διοχετεύστε τον στο --password-stdin ή ορίστε τη μεταβλητή COMMDESK_PASSWORD.</translation>
    </message>
    <message>
        <source>The keychain holds no API key for profile &quot;%1&quot;: pipe it to --api-key-stdin or set COMMDESK_API_KEY.</source>
        <translation>Η κλειδοθήκη δεν περιέχει κλειδί API για το προφίλ «%1»: διοχετεύστε το στο --api-key-stdin ή ορίστε τη μεταβλητή COMMDESK_API_KEY.</translation>
    </message>
    <message>
        <source>The keychain holds no password for profile &quot;%1&quot;: pipe it to --password-stdin or set COMMDESK_PASSWORD.</source>
        <translation>Η κλειδοθήκη δεν περιέχει κωδικό πρόσβασης για το προφίλ «%1»: διοχετεύστε τον στο --password-stdin ή ορίστε τη μεταβλητή COMMDESK_PASSWORD.</translation>
    </message>
</context>
<context>
    <name>commdesk::CommunicationActions</name>
    <message>
        <source>&amp;Edit draft</source>
        <translation>&amp;Επεξεργασία προχείρου</translation>
    </message>
    <message>
        <source>&amp;Complete</source>
        <translation>Ολο&amp;κλήρωση</translation>
    </message>
    <message>
        <source>Mark as &amp;viewed</source>
        <translation>Σήμανση ως &amp;αναγνωσμένη</translation>
    </message>
    <message>
        <source>&amp;Follow up</source>
        <translation>&amp;Συνέχεια</translation>
    </message>
    <message>
        <source>Copy &amp;number</source>
        <translation>Αντιγραφή α&amp;ριθμού</translation>
    </message>
    <message>
        <source>%1 completed.</source>
        <translation>Η %1 ολοκληρώθηκε.</translation>
    </message>
    <message>
        <source>%1 marked as viewed.</source>
        <translation>Η %1 σημειώθηκε ως αναγνωσμένη.</translation>
    </message>
    <message>
        <source>Re: </source>
        <translation>Απ: </translation>
    </message>
    <message>
        <source>Copied %1.</source>
        <translation>Αντιγράφηκε το %1.</translation>
    </message>
    <message>
        <source>Communication actions</source>
        <translation>Ενέργειες επικοινωνίας</translation>
    </message>
    <message>
        <source>Copy &amp;link</source>
        <translation>Αντιγραφή συν&amp;δέσμου</translation>
    </message>
    <message>
        <source>Copied the link %1.</source>
        <translation>Αντιγράφηκε ο σύνδεσμος %1.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Εκ&amp;τύπωση…</translation>
    </message>
    <message>
        <source>Export as P&amp;DF…</source>
        <translation>Εξαγωγή ως P&amp;DF…</translation>
    </message>
</context>
<context>
    <name>commdesk::CommunicationListModel</name>
    <message>
        <source>Viewed</source>
        <translation>Αναγνωσμένη</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Νέα</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Αριθμός</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ημερομηνία</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Κατεύθυνση</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Μέσο</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Θέμα</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Επαφή</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Κατηγορία</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Κατάσταση</translation>
    </message>
</context>
<context>
    <name>commdesk::CommunicationPrinter</name>
    <message>
        <source>Contact</source>
        <translation>Επαφή</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Προς</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Κατηγορία</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Κατεύθυνση</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Μέσο</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Κατάσταση</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Δημιουργία</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Σημειώσεις</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>Εκτύπωση %1</translation>
    </message>
    <message>
        <source>%1 sent to the printer.</source>
        <translation>Η %1 στάλθηκε στον εκτυπωτή.</translation>
    </message>
    <message>
        <source>%1 could not be replaced.</source>
        <translation>Δεν ήταν δυνατή η αντικατάσταση του %1.</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>Δεν ήταν δυνατή η εγγραφή του %1.</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Εξαγωγή ως PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>%1 saved as %2.</source>
        <translation>Η %1 αποθηκεύτηκε ως %2.</translation>
    </message>
</context>
<context>
    <name>commdesk::CommunicationTable</name>
    <message>
        <source>Communications</source>
        <translation>Επικοινωνίες</translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation>Επαναφορά στηλών</translation>
    </message>
</context>
<context>
    <name>commdesk::CommunicationView</name>
    <message>
        <source>Communication details</source>
        <translation>Στοιχεία επικοινωνίας</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Θέμα</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Περιεχόμενο</translation>
    </message>
    <message>
        <source>Select a communication to read it.</source>
        <translation>Επιλέξτε μια επικοινωνία για να τη διαβάσετε.</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Φόρτωση %1…</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(χωρίς θέμα)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Αριθμός</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Δημιουργήθηκε</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Είδος</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Προς</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Κατάσταση</translation>
    </message>
    <message>
        <source>Viewed</source>
        <translation>Αναγνωσμένη</translation>
    </message>
    <message>
        <source>Yes, %1</source>
        <translation>Ναι, %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ναι</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Όχι ακόμη</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Επαφή</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Κατηγορία</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Πρότυπο</translation>
    </message>
    <message>
        <source>External system</source>
        <translation>Εξωτερικό σύστημα</translation>
    </message>
    <message>
        <source>Owned by group</source>
        <translation>Ομάδα κατόχου</translation>
    </message>
    <message>
        <source>Privacy level</source>
        <translation>Επίπεδο απορρήτου</translation>
    </message>
    <message>
        <source>Refers to</source>
        <translation>Αφορά</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Σημειώσεις</translation>
    </message>
    <message>
        <source>Text field %1</source>
        <translation>Πεδίο κειμένου %1</translation>
    </message>
    <message>
        <source>Number field %1</source>
        <translation>Αριθμητικό πεδίο %1</translation>
    </message>
    <message>
        <source>Date field %1</source>
        <translation>Πεδίο ημερομηνίας %1</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Δημιουργός</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Αλλαγή</translation>
    </message>
    <message>
        <source>The server cannot be reached: this is the copy saved on %1, and it may have changed since.</source>
        <translation>Δεν είναι δυνατή η σύνδεση με τον διακομιστή: αυτό είναι το αντίγραφο που αποθηκεύτηκε στις %1 και μπορεί να έχει αλλάξει από τότε.</translation>
    </message>
</context>
<context>
    <name>commdesk::CommunicationsRunner</name>
    <message>
        <source>NUMBER</source>
        <translation>ΑΡΙΘΜΟΣ</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ΚΑΤΑΣΤΑΣΗ</translation>
    </message>
    <message>
        <source>DIRECTION</source>
        <translation>ΚΑΤΕΥΘΥΝΣΗ</translation>
    </message>
    <message>
        <source>MEDIA</source>
        <translation>ΜΕΣΟ</translation>
    </message>
    <message>
        <source>CONTACT</source>
        <translation>ΕΠΑΦΗ</translation>
    </message>
    <message>
        <source>SUBJECT</source>
        <translation>ΘΕΜΑ</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>ΔΗΜΙΟΥΡΓΙΑ</translation>
    </message>
    <message>
        <source>Not a communications command.</source>
        <translation>Δεν είναι εντολή επικοινωνιών.</translation>
    </message>
</context>
<context>
    <name>commdesk::ComposeButtonBar</name>
    <message>
        <source>Sa&amp;ve as draft</source>
        <translation>Αποθήκευ&amp;ση ως πρόχειρο</translation>
    </message>
    <message>
        <source>Save as draft</source>
        <translation>Αποθήκευση ως πρόχειρο</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Αποστολή</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Κλείσιμο</translation>
    </message>
    <message>
        <source>Waiting for the server</source>
        <translation>Αναμονή για τον διακομιστή</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Κατάσταση</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Ολοκλήρωση</translation>
    </message>
    <message>
        <source>Complete the communication</source>
        <translation>Ολοκλήρωση της επικοινωνίας</translation>
    </message>
    <message>
        <source>Save as a draft to finish later</source>
        <translation>Αποθήκευση ως πρόχειρο για ολοκλήρωση αργότερα</translation>
    </message>
</context>
<context>
    <name>commdesk::ComposeDialog</name>
    <message>
        <source>Save as draft</source>
        <translation>Αποθήκευση ως πρόχειρο</translation>
    </message>
    <message>
        <source>New communication</source>
        <translation>Νέα επικοινωνία</translation>
    </message>
    <message>
        <source>The draft could not be loaded again, so it may be incomplete: %1</source>
        <translation>Δεν ήταν δυνατή η εκ νέου φόρτωση του προχείρου, οπότε μπορεί να είναι ελλιπές: %1</translation>
    </message>
    <message>
        <source>Draft %1</source>
        <translation>Πρόχειρο %1</translation>
    </message>
    <message>
        <source>%1 is completed: only drafts can be edited (notes aside).</source>
        <translation>Η %1 έχει ολοκληρωθεί: μόνο τα πρόχειρα επιδέχονται επεξεργασία (πλην των σημειώσεων).</translation>
    </message>
    <message>
        <source>Nothing was sent: please check the marked fields.</source>
        <translation>Δεν στάλθηκε τίποτα: ελέγξτε τα επισημασμένα πεδία.</translation>
    </message>
    <message>
        <source>Nothing changed since the draft was saved.</source>
        <translation>Δεν άλλαξε τίποτα από την αποθήκευση του προχείρου.</translation>
    </message>
    <message>
        <source>Draft %1 saved at %2.</source>
        <translation>Το πρόχειρο %1 αποθηκεύτηκε στις %2.</translation>
    </message>
    <message>
        <source>The server refused it: see the marked field.</source>
        <translation>Ο διακομιστής την απέρριψε: δείτε το επισημασμένο πεδίο.</translation>
    </message>
    <message>
        <source>Waiting for the server&apos;s answer; close again once it has come.</source>
        <translation>Αναμονή για την απάντηση του διακομιστή. Κλείστε ξανά μόλις έρθει.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Μη αποθηκευμένες αλλαγές</translation>
    </message>
    <message>
        <source>This communication has changes that are not saved.</source>
        <translation>Αυτή η επικοινωνία έχει αλλαγές που δεν έχουν αποθηκευτεί.</translation>
    </message>
    <message>
        <source>Save it as a draft to finish later, or discard the changes?</source>
        <translation>Να αποθηκευτεί ως πρόχειρο για να ολοκληρωθεί αργότερα ή να απορριφθούν οι αλλαγές;</translation>
    </message>
    <message>
        <source>Recovered what was typed before CommDesk closed.</source>
        <translation>Ανακτήθηκε ό,τι είχε πληκτρολογηθεί πριν κλείσει το CommDesk.</translation>
    </message>
    <message>
        <source>Outbox: %1</source>
        <translation>Εξερχόμενα: %1</translation>
    </message>
    <message>
        <source>Last attempt: %1</source>
        <translation>Τελευταία προσπάθεια: %1</translation>
    </message>
    <message>
        <source>Took the version on the server.</source>
        <translation>Χρησιμοποιήθηκε η έκδοση του διακομιστή.</translation>
    </message>
    <message>
        <source>What you type cannot be kept on this computer (%1). Save it as a draft or send it so that it is not lost.</source>
        <translation>Ό,τι πληκτρολογείτε δεν μπορεί να φυλαχτεί σε αυτόν τον υπολογιστή (%1). Αποθηκεύστε το ως πρόχειρο ή στείλτε το, για να μη χαθεί.</translation>
    </message>
</context>
<context>
    <name>commdesk::ComposeEditor</name>
    <message>
        <source>No category</source>
        <translation>Χωρίς κατηγορία</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Κανένα</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Επιλέξτε…</translation>
    </message>
    <message>
        <source>E-mail address or phone number</source>
        <translation>Διεύθυνση ηλ. ταχυδρομείου ή αριθμός τηλεφώνου</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>&amp;Επαφή</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>&amp;Πρότυπο</translation>
    </message>
    <message>
        <source>&amp;Direction</source>
        <translation>&amp;Κατεύθυνση</translation>
    </message>
    <message>
        <source>Medi&amp;a</source>
        <translation>&amp;Μέσο</translation>
    </message>
    <message>
        <source>&amp;Queue external system</source>
        <translation>Εξωτερικό σύστημα &amp;ουράς</translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation>Π&amp;ρος</translation>
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation>&amp;Θέμα</translation>
    </message>
    <message>
        <source>Cont&amp;ent</source>
        <translation>Περιε&amp;χόμενο</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>Σ&amp;ημειώσεις</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Επαφή</translation>
    </message>
    <message>
        <source>The templates could not be loaded: %1</source>
        <translation>Δεν ήταν δυνατή η φόρτωση των προτύπων: %1</translation>
    </message>
    <message>
        <source>The categories could not be loaded: %1</source>
        <translation>Δεν ήταν δυνατή η φόρτωση των κατηγοριών: %1</translation>
    </message>
    <message>
        <source>The external systems could not be loaded: %1</source>
        <translation>Δεν ήταν δυνατή η φόρτωση των εξωτερικών συστημάτων: %1</translation>
    </message>
    <message>
        <source>Cate&amp;gory</source>
        <translation>Κατη&amp;γορία</translation>
    </message>
</context>
<context>
    <name>commdesk::ComposeLocalCopy</name>
    <message>
        <source>To %1</source>
        <translation>Προς %1</translation>
    </message>
    <message>
        <source>Untitled communication</source>
        <translation>Επικοινωνία χωρίς τίτλο</translation>
    </message>
    <message>
        <source>there is no place for local drafts on this computer</source>
        <translation>δεν υπάρχει θέση για τοπικά πρόχειρα σε αυτόν τον υπολογιστή</translation>
    </message>
    <message>
        <source>the local drafts file cannot be written</source>
        <translation>το αρχείο των τοπικών πρόχειρων δεν μπορεί να γραφτεί</translation>
    </message>
</context>
<context>
    <name>commdesk::ComposeSender</name>
    <message>
        <source>Loading the draft…</source>
        <translation>Φόρτωση του προχείρου…</translation>
    </message>
    <message>
        <source>Saving the draft…</source>
        <translation>Αποθήκευση του προχείρου…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Αποστολή…</translation>
    </message>
    <message>
        <source>Checking the server&apos;s version…</source>
        <translation>Έλεγχος της έκδοσης του διακομιστή…</translation>
    </message>
    <message>
        <source>Completing…</source>
        <translation>Ολοκλήρωση…</translation>
    </message>
</context>
<context>
    <name>commdesk::ConfigurationRunner</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>ΟΝΟΜΑ</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>ΚΩΔΙΚΟΣ</translation>
    </message>
    <message>
        <source>PARENT_ID</source>
        <translation>ID_ΓΟΝΙΚΟΥ</translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation>ΠΕΡΙΓΡΑΦΗ</translation>
    </message>
    <message>
        <source>ALTERNATIVE_CODE</source>
        <translation>ΕΝΑΛΛΑΚΤΙΚΟΣ_ΚΩΔΙΚΟΣ</translation>
    </message>
    <message>
        <source>DIRECTION</source>
        <translation>ΚΑΤΕΥΘΥΝΣΗ</translation>
    </message>
    <message>
        <source>MEDIA</source>
        <translation>ΜΕΣΟ</translation>
    </message>
    <message>
        <source>CATEGORY</source>
        <translation>ΚΑΤΗΓΟΡΙΑ</translation>
    </message>
    <message>
        <source>SUBJECT</source>
        <translation>ΘΕΜΑ</translation>
    </message>
    <message>
        <source>CHARACTER_LIMIT</source>
        <translation>ΟΡΙΟ_ΧΑΡΑΚΤΗΡΩΝ</translation>
    </message>
    <message>
        <source>Not a configuration command.</source>
        <translation>Δεν είναι εντολή ρυθμίσεων.</translation>
    </message>
</context>
<context>
    <name>commdesk::ConflictDialog</name>
    <message>
        <source>Subject: %1
To: %2
Notes: %3

%4</source>
        <translation>Θέμα: %1
Προς: %2
Σημειώσεις: %3

%4</translation>
    </message>
    <message>
        <source>Changed on the server</source>
        <translation>Άλλαξε στον διακομιστή</translation>
    </message>
    <message>
        <source>Someone changed %1 since you began editing it. Which version should stay?</source>
        <translation>Κάποιος άλλαξε την %1 αφότου αρχίσατε να την επεξεργάζεστε. Ποια έκδοση να διατηρηθεί;</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>Διατήρηση της &amp;δικής μου</translation>
    </message>
    <message>
        <source>Keep my version</source>
        <translation>Διατήρηση της δικής μου έκδοσης</translation>
    </message>
    <message>
        <source>&amp;Take theirs</source>
        <translation>&amp;Αποδοχή της δικής τους</translation>
    </message>
    <message>
        <source>Take the server&apos;s version</source>
        <translation>Αποδοχή της έκδοσης του διακομιστή</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Άκυρο</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Η δική μου</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>Στον διακομιστή</translation>
    </message>
    <message>
        <source>On the server (by %1)</source>
        <translation>Στον διακομιστή (από %1)</translation>
    </message>
    <message>
        <source>My version</source>
        <translation>Η δική μου έκδοση</translation>
    </message>
    <message>
        <source>The server&apos;s version</source>
        <translation>Η έκδοση του διακομιστή</translation>
    </message>
</context>
<context>
    <name>commdesk::ConnectionLabel</name>
    <message>
        <source>Offline since %1: %2</source>
        <translation>Εκτός σύνδεσης από %1: %2</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>κλειδί API</translation>
    </message>
    <message>
        <source>Offline: %1 cannot be reached</source>
        <translation>Εκτός σύνδεσης: δεν είναι δυνατή η σύνδεση με %1</translation>
    </message>
    <message>
        <source>Signed in as %1 at %2</source>
        <translation>Συνδεδεμένος ως %1 στο %2</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Χωρίς σύνδεση</translation>
    </message>
</context>
<context>
    <name>commdesk::ContactPicker</name>
    <message>
        <source>Look &amp;up</source>
        <translation>Ανα&amp;ζήτηση</translation>
    </message>
    <message>
        <source>Contact identified by</source>
        <translation>Προσδιορισμός επαφής με</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Επαφή</translation>
    </message>
    <message>
        <source>e.g. CI000111</source>
        <translation>π.χ. CI000111</translation>
    </message>
    <message>
        <source>Look up the contact</source>
        <translation>Αναζήτηση της επαφής</translation>
    </message>
    <message>
        <source>Contact found</source>
        <translation>Επαφή που βρέθηκε</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation>Αναζήτηση %1…</translation>
    </message>
</context>
<context>
    <name>commdesk::CurrentCommunication</name>
    <message>
        <source>The server cannot be reached, and this communication was not opened before, so there is no copy of it to show.</source>
        <translation>Δεν είναι δυνατή η σύνδεση με τον διακομιστή και αυτή η επικοινωνία δεν έχει ανοιχτεί στο παρελθόν, οπότε δεν υπάρχει αντίγραφό της για εμφάνιση.</translation>
    </message>
</context>
<context>
    <name>commdesk::DiagnosticLogDialog</name>
    <message>
        <source>Diagnostic log</source>
        <translation>Αρχείο διαγνωστικής καταγραφής</translation>
    </message>
    <message>
        <source>The last %1 requests and errors. Tokens, passwords and API keys are removed.</source>
        <translation>Τα τελευταία %1 αιτήματα και σφάλματα. Τα διακριτικά πρόσβασης (tokens), οι κωδικοί πρόσβασης και τα κλειδιά API αφαιρούνται.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Αντιγραφή</translation>
    </message>
    <message>
        <source>Copy the diagnostic log</source>
        <translation>Αντιγραφή του αρχείου διαγνωστικής καταγραφής</translation>
    </message>
</context>
<context>
    <name>commdesk::KeyboardShortcuts</name>
    <message>
        <source>Everywhere</source>
        <translation>Παντού</translation>
    </message>
</context>
<context>
    <name>commdesk::ListExporter</name>
    <message>
        <source>CSV for spreadsheet programs (*.csv)</source>
        <translation>CSV για προγράμματα υπολογιστικών φύλλων (*.csv)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 without byte-order mark (*.csv)</source>
        <translation>CSV, UTF-8 χωρίς σήμανση σειράς byte (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export list</source>
        <translation>Εξαγωγή λίστας</translation>
    </message>
    <message>
        <source>Loading every page of the list…</source>
        <translation>Φόρτωση όλων των σελίδων της λίστας…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ακύρωση</translation>
    </message>
    <message>
        <source>Loading every page of the list… %1 loaded</source>
        <translation>Φόρτωση όλων των σελίδων της λίστας… %1 φορτώθηκαν</translation>
    </message>
    <message>
        <source>The list could not be loaded in full, so nothing was written.</source>
        <translation>Η λίστα δεν φορτώθηκε ολόκληρη, οπότε δεν γράφτηκε τίποτα.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>Δεν ήταν δυνατή η εγγραφή του %1: %2</translation>
    </message>
</context>
<context>
    <name>commdesk::ListFilterBar</name>
    <message>
        <source>All directions</source>
        <translation>Όλες οι κατευθύνσεις</translation>
    </message>
    <message>
        <source>All media</source>
        <translation>Όλα τα μέσα</translation>
    </message>
    <message>
        <source>Direction filter</source>
        <translation>Φίλτρο κατεύθυνσης</translation>
    </message>
    <message>
        <source>Media filter</source>
        <translation>Φίλτρο μέσου</translation>
    </message>
    <message>
        <source>Filter loaded rows…</source>
        <translation>Φιλτράρισμα φορτωμένων γραμμών…</translation>
    </message>
    <message>
        <source>Quick filter</source>
        <translation>Γρήγορο φίλτρο</translation>
    </message>
    <message>
        <source>&amp;Load all</source>
        <translation>Φόρτωση &amp;όλων</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Άκυρο</translation>
    </message>
    <message>
        <source>Load every communication of this list, so that the sort covers them all</source>
        <translation>Φόρτωση όλων των επικοινωνιών της λίστας, ώστε η ταξινόμηση να τις καλύπτει όλες</translation>
    </message>
    <message>
        <source>Loading the whole list</source>
        <translation>Φόρτωση ολόκληρης της λίστας</translation>
    </message>
    <message numerus="yes">
        <source>%n loaded</source>
        <translation>
            <numerusform>%n φορτώθηκε</numerusform>
            <numerusform>%n φορτώθηκαν</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>commdesk::MainWindow</name>
    <message>
        <source>The categories could not be loaded: %1</source>
        <translation>Δεν ήταν δυνατή η φόρτωση των κατηγοριών: %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Ξανά</translation>
    </message>
    <message>
        <source>The communications could not be loaded: %1</source>
        <translation>Δεν ήταν δυνατή η φόρτωση των επικοινωνιών: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Φόρτωση…</translation>
    </message>
    <message>
        <source>1 communication</source>
        <translation>1 επικοινωνία</translation>
    </message>
    <message>
        <source>%1 communications</source>
        <translation>%1 επικοινωνίες</translation>
    </message>
    <message>
        <source>%1 loaded, scroll for more</source>
        <translation>%1 φορτώθηκαν, κυλήστε για περισσότερες</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Νέα</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Ανανέωση</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Αρχείο</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Έξο&amp;δος</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Προβολή</translation>
    </message>
    <message>
        <source>&amp;Communication</source>
        <translation>&amp;Επικοινωνία</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Βοήθεια</translation>
    </message>
    <message>
        <source>&amp;About CommDesk</source>
        <translation>&amp;Σχετικά με το CommDesk</translation>
    </message>
    <message>
        <source>About CommDesk</source>
        <translation>Σχετικά με το CommDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CommDesk %1&lt;/h3&gt;&lt;p&gt;A desktop client for CRM.COM customer communications.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CommDesk %1&lt;/h3&gt;&lt;p&gt;Εφαρμογή για τις επικοινωνίες πελατών του CRM.COM.&lt;/p&gt;&lt;p&gt;Ελεύθερο λογισμικό υπό την GNU General Public License, έκδοση 3 ή νεότερη.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Σχετικά με το &amp;Qt</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Κύρια</translation>
    </message>
    <message>
        <source>Communications</source>
        <translation>Επικοινωνίες</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>Χώροι εργασίας</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Ουρά</translation>
    </message>
    <message>
        <source>%1 — CommDesk</source>
        <translation>%1 — CommDesk</translation>
    </message>
    <message>
        <source>Contact %1</source>
        <translation>Επαφή %1</translation>
    </message>
    <message>
        <source>1 communication, saved copy</source>
        <translation>1 επικοινωνία, αποθηκευμένο αντίγραφο</translation>
    </message>
    <message>
        <source>%1 communications, saved copy</source>
        <translation>%1 επικοινωνίες, αποθηκευμένο αντίγραφο</translation>
    </message>
    <message>
        <source>Connected again to %1.</source>
        <translation>Η σύνδεση με %1 αποκαταστάθηκε.</translation>
    </message>
    <message>
        <source>This account is open in another CommDesk (%1). This window does not send the outbox or recover drafts, so that nothing is sent twice.</source>
        <translation>Αυτός ο λογαριασμός είναι ανοιχτός σε άλλο CommDesk (%1). Αυτό το παράθυρο δεν στέλνει τα εξερχόμενα ούτε ανακτά πρόχειρα, ώστε να μη σταλεί τίποτα δύο φορές.</translation>
    </message>
    <message>
        <source>elsewhere</source>
        <translation>αλλού</translation>
    </message>
    <message>
        <source>This item is being sent or checked; try again in a moment.</source>
        <translation>Αυτό το στοιχείο αποστέλλεται ή ελέγχεται αυτή τη στιγμή. Δοκιμάστε ξανά σε λίγο.</translation>
    </message>
    <message>
        <source>%1 sent from the outbox.</source>
        <translation>Η %1 στάλθηκε από τα εξερχόμενα.</translation>
    </message>
    <message numerus="yes">
        <source>The file of drafts kept on this computer was damaged. It was put aside as %1 and a new one started with what could still be read (%n item(s)); typing is kept again from now on.</source>
        <translation>
            <numerusform>Το αρχείο των πρόχειρων αυτού του υπολογιστή είχε φθαρεί. Μπήκε στην άκρη ως %1 και ξεκίνησε νέο με ό,τι διαβαζόταν ακόμη (%n στοιχείο)· η πληκτρολόγηση φυλάγεται ξανά από τώρα.</numerusform>
            <numerusform>Το αρχείο των πρόχειρων αυτού του υπολογιστή είχε φθαρεί. Μπήκε στην άκρη ως %1 και ξεκίνησε νέο με ό,τι διαβαζόταν ακόμη (%n στοιχεία)· η πληκτρολόγηση φυλάγεται ξανά από τώρα.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The outbox file was damaged. It was put aside as %1 and a new one started with what could still be read (%n item(s)).</source>
        <translation>
            <numerusform>Το αρχείο των εξερχομένων είχε φθαρεί. Μπήκε στην άκρη ως %1 και ξεκίνησε νέο με ό,τι διαβαζόταν ακόμη (%n στοιχείο).</numerusform>
            <numerusform>Το αρχείο των εξερχομένων είχε φθαρεί. Μπήκε στην άκρη ως %1 και ξεκίνησε νέο με ό,τι διαβαζόταν ακόμη (%n στοιχεία).</numerusform>
        </translation>
    </message>
    <message>
        <source>A communication typed before CommDesk closed can be opened under “Not yet sent”.</source>
        <translation>Μια επικοινωνία που πληκτρολογήθηκε πριν κλείσει το CommDesk μπορεί να ανοιχτεί από την ενότητα «Δεν στάλθηκαν ακόμη».</translation>
    </message>
    <message>
        <source>%1 communications typed before CommDesk closed can be opened under “Not yet sent”.</source>
        <translation>%1 επικοινωνίες που πληκτρολογήθηκαν πριν κλείσει το CommDesk μπορούν να ανοιχτούν από την ενότητα «Δεν στάλθηκαν ακόμη».</translation>
    </message>
    <message>
        <source>The server could not be reached: the communication waits in the outbox.</source>
        <translation>Δεν ήταν δυνατή η σύνδεση με τον διακομιστή: η επικοινωνία περιμένει στα εξερχόμενα.</translation>
    </message>
    <message>
        <source>Draft %1 saved.</source>
        <translation>Το πρόχειρο %1 αποθηκεύτηκε.</translation>
    </message>
    <message>
        <source>%1 sent.</source>
        <translation>Η %1 στάλθηκε.</translation>
    </message>
    <message>
        <source>The server cannot be reached. You are looking at what was last loaded, on %1. CommDesk connects again by itself.</source>
        <translation>Δεν είναι δυνατή η σύνδεση με τον διακομιστή. Βλέπετε ό,τι φορτώθηκε την τελευταία φορά, στις %1. Το CommDesk θα συνδεθεί ξανά αυτόματα.</translation>
    </message>
    <message>
        <source>The server cannot be reached, and this list was not loaded before. CommDesk connects again by itself.</source>
        <translation>Δεν είναι δυνατή η σύνδεση με τον διακομιστή και αυτή η λίστα δεν έχει φορτωθεί στο παρελθόν. Το CommDesk θα συνδεθεί ξανά αυτόματα.</translation>
    </message>
    <message>
        <source>The server cannot be reached. CommDesk connects again by itself.</source>
        <translation>Δεν είναι δυνατή η σύνδεση με τον διακομιστή. Το CommDesk θα συνδεθεί ξανά αυτόματα.</translation>
    </message>
    <message>
        <source>Try now</source>
        <translation>Δοκιμή τώρα</translation>
    </message>
    <message>
        <source>CommDesk was started again for %1; this window works with %2.</source>
        <translation>Το CommDesk ξεκίνησε ξανά για %1· αυτό το παράθυρο εργάζεται με %2.</translation>
    </message>
    <message>
        <source>CommDesk was started again for %1.</source>
        <translation>Το CommDesk ξεκίνησε ξανά για %1.</translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation>Σύνδεση σε %1</translation>
    </message>
    <message>
        <source>Loading the whole list…</source>
        <translation>Φόρτωση ολόκληρης της λίστας…</translation>
    </message>
    <message>
        <source>Sorted by %1 among the %2 loaded</source>
        <translation>Ταξινόμηση κατά «%1» μεταξύ των %2 που φορτώθηκαν</translation>
    </message>
    <message>
        <source>&amp;Filter this list</source>
        <translation>&amp;Φιλτράρισμα αυτής της λίστας</translation>
    </message>
    <message>
        <source>&amp;Search all communications</source>
        <translation>Α&amp;ναζήτηση σε όλες τις επικοινωνίες</translation>
    </message>
    <message>
        <source>&amp;Export list…</source>
        <translation>Ε&amp;ξαγωγή λίστας…</translation>
    </message>
    <message>
        <source>Open a category or a contact first: the list is what is exported.</source>
        <translation>Ανοίξτε πρώτα μια κατηγορία ή μια επαφή: εξάγεται η λίστα που εμφανίζεται.</translation>
    </message>
    <message>
        <source>communications</source>
        <translation>επικοινωνίες</translation>
    </message>
    <message numerus="yes">
        <source>%n communication(s) exported to %1.</source>
        <translation>
            <numerusform>Εξήχθη %n επικοινωνία στο %1.</numerusform>
            <numerusform>Εξήχθησαν %n επικοινωνίες στο %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Η εξαγωγή ακυρώθηκε.</translation>
    </message>
    <message numerus="yes">
        <source>Mark as viewed after %n second(s) of reading</source>
        <translation>
            <numerusform>Σήμανση ως αναγνωσμένης μετά από %n δευτερόλεπτο ανάγνωσης</numerusform>
            <numerusform>Σήμανση ως αναγνωσμένης μετά από %n δευτερόλεπτα ανάγνωσης</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ά&amp;νοιγμα</translation>
    </message>
    <message>
        <source>E&amp;xport selection…</source>
        <translation>Ε&amp;ξαγωγή επιλογής…</translation>
    </message>
    <message>
        <source>%1+ new — show them</source>
        <translation>%1+ νέες — εμφάνιση</translation>
    </message>
    <message numerus="yes">
        <source>%n new — show them</source>
        <translation>
            <numerusform>%n νέα — εμφάνιση</numerusform>
            <numerusform>%n νέες — εμφάνιση</numerusform>
        </translation>
    </message>
    <message>
        <source>Save &amp;view…</source>
        <translation>Αποθήκευση &amp;προβολής…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Προτιμήσεις…</translation>
    </message>
    <message>
        <source>Open a category or a contact first: a saved view keeps the list.</source>
        <translation>Ανοίξτε πρώτα μια κατηγορία ή μια επαφή: μια αποθηκευμένη προβολή κρατά τη λίστα.</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Αποθήκευση προβολής</translation>
    </message>
    <message>
        <source>Keep this list, its filters, columns and sort as:</source>
        <translation>Να κρατηθεί αυτή η λίστα, με τα φίλτρα, τις στήλες και την ταξινόμησή της, ως:</translation>
    </message>
    <message>
        <source>A saved view needs a name.</source>
        <translation>Μια αποθηκευμένη προβολή χρειάζεται όνομα.</translation>
    </message>
    <message>
        <source>There is already a saved view called “%1”. Replace it with this list?</source>
        <translation>Υπάρχει ήδη αποθηκευμένη προβολή με το όνομα «%1». Να αντικατασταθεί με αυτή τη λίστα;</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Αντικατάσταση</translation>
    </message>
    <message>
        <source>The list is kept as “%1” under Saved views.</source>
        <translation>Η λίστα κρατήθηκε ως «%1» στις Αποθηκευμένες προβολές.</translation>
    </message>
    <message>
        <source>Next &amp;pane</source>
        <translation>Επόμενο &amp;τμήμα</translation>
    </message>
    <message>
        <source>Previous pa&amp;ne</source>
        <translation>Προη&amp;γούμενο τμήμα</translation>
    </message>
    <message>
        <source>Next &amp;tab</source>
        <translation>Επόμ&amp;ενη καρτέλα</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>&amp;Θέμα</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Συστήματος</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Φωτεινό</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>Σκο&amp;τεινό</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Μεγέθυνση</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;Σμίκρυνση</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>&amp;Κανονικό μέγεθος</translation>
    </message>
    <message>
        <source>Text size %1 %</source>
        <translation>Μέγεθος κειμένου %1 %</translation>
    </message>
    <message>
        <source>Pr&amp;evious tab</source>
        <translation>Προηγούμενη καρτέ&amp;λα</translation>
    </message>
    <message>
        <source>Show side&amp;bar</source>
        <translation>Εμφάνιση πλευ&amp;ρικής στήλης</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>Συντομεύσεις &amp;πληκτρολογίου…</translation>
    </message>
    <message>
        <source>%1+ new communications in this list.</source>
        <translation>%1+ νέες επικοινωνίες σε αυτή τη λίστα.</translation>
    </message>
    <message numerus="yes">
        <source>%n new communication(s) in this list.</source>
        <translation>
            <numerusform>%n νέα επικοινωνία σε αυτή τη λίστα.</numerusform>
            <numerusform>%n νέες επικοινωνίες σε αυτή τη λίστα.</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed in to %1.</source>
        <translation>Συνδεθήκατε στο %1.</translation>
    </message>
    <message>
        <source>CommDesk speaks the system&apos;s language when it starts again.</source>
        <translation>Το CommDesk θα χρησιμοποιεί τη γλώσσα του συστήματος από την επόμενη εκκίνηση.</translation>
    </message>
    <message>
        <source>CommDesk speaks %1 when it starts again.</source>
        <translation>Γλώσσα του CommDesk από την επόμενη εκκίνηση: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n new queue entries.</source>
        <translation>
            <numerusform>%n νέα καταχώριση ουράς.</numerusform>
            <numerusform>%n νέες καταχωρίσεις ουράς.</numerusform>
        </translation>
    </message>
    <message>
        <source>Compose window</source>
        <translation>Παράθυρο σύνταξης</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Αποστολή</translation>
    </message>
    <message>
        <source>Save as draft</source>
        <translation>Αποθήκευση ως πρόχειρο</translation>
    </message>
</context>
<context>
    <name>commdesk::MessageBanner</name>
    <message>
        <source>Message</source>
        <translation>Μήνυμα</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Απόρριψη μηνύματος</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Απόρριψη</translation>
    </message>
</context>
<context>
    <name>commdesk::MoreFieldsPanel</name>
    <message>
        <source>e.g. name=Billing Team</source>
        <translation>π.χ. name=Τμήμα Τιμολόγησης</translation>
    </message>
    <message>
        <source>e.g. name=Internal</source>
        <translation>π.χ. name=Εσωτερικό</translation>
    </message>
    <message>
        <source>Number, e.g. CM000680</source>
        <translation>Αριθμός, π.χ. CM000680</translation>
    </message>
    <message>
        <source>&amp;More: group, privacy, references, user-defined fields, parameters</source>
        <translation>Περισσότερ&amp;α: ομάδα, απόρρητο, αναφορές, πεδία χρήστη, παράμετροι</translation>
    </message>
    <message>
        <source>Show more fields</source>
        <translation>Εμφάνιση περισσότερων πεδίων</translation>
    </message>
    <message>
        <source>Owned &amp;by group</source>
        <translation>Ομάδα κα&amp;τόχου</translation>
    </message>
    <message>
        <source>Privac&amp;y level</source>
        <translation>Επίπε&amp;δο απορρήτου</translation>
    </message>
    <message>
        <source>Refers to a record of kind</source>
        <translation>Αφορά εγγραφή του είδους</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Τίποτα</translation>
    </message>
    <message>
        <source>Number of the record it refers to</source>
        <translation>Αριθμός της εγγραφής που αφορά</translation>
    </message>
    <message>
        <source>Re&amp;fers to</source>
        <translation>Α&amp;φορά</translation>
    </message>
    <message>
        <source>User-defined text %1</source>
        <translation>Πεδίο κειμένου χρήστη %1</translation>
    </message>
    <message>
        <source>e.g. 12.5</source>
        <translation>π.χ. 12,5</translation>
    </message>
    <message>
        <source>User-defined number %1</source>
        <translation>Αριθμητικό πεδίο χρήστη %1</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ΕΕΕΕ-ΜΜ-ΗΗ</translation>
    </message>
    <message>
        <source>User-defined date %1</source>
        <translation>Πεδίο ημερομηνίας χρήστη %1</translation>
    </message>
    <message>
        <source>Unrestricted &amp;parameters</source>
        <translation>Ε&amp;λεύθερες παράμετροι</translation>
    </message>
    <message>
        <source>Hide more fields</source>
        <translation>Απόκρυψη περισσότερων πεδίων</translation>
    </message>
</context>
<context>
    <name>commdesk::OutboxPanel</name>
    <message>
        <source>&amp;Open</source>
        <translation>Ά&amp;νοιγμα</translation>
    </message>
    <message>
        <source>Send &amp;now</source>
        <translation>Απο&amp;στολή τώρα</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>Απόρριψη…</translation>
    </message>
    <message>
        <source>Not yet sent: recovered drafts and the outbox</source>
        <translation>Δεν στάλθηκαν ακόμη: ανακτημένα πρόχειρα και εξερχόμενα</translation>
    </message>
    <message>
        <source>Open or edit the selected item</source>
        <translation>Άνοιγμα ή επεξεργασία του επιλεγμένου στοιχείου</translation>
    </message>
    <message>
        <source>Try sending the outbox now</source>
        <translation>Δοκιμή αποστολής των εξερχομένων τώρα</translation>
    </message>
    <message>
        <source>Discard the selected item</source>
        <translation>Απόρριψη του επιλεγμένου στοιχείου</translation>
    </message>
    <message>
        <source>Not &amp;yet sent</source>
        <translation>&amp;Δεν στάλθηκαν ακόμη</translation>
    </message>
    <message>
        <source>checking</source>
        <translation>έλεγχος</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>αποστολή</translation>
    </message>
    <message>
        <source>being edited</source>
        <translation>σε επεξεργασία</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>απέτυχε</translation>
    </message>
    <message>
        <source>waiting (will check first)</source>
        <translation>σε αναμονή (θα προηγηθεί έλεγχος)</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>σε αναμονή</translation>
    </message>
    <message>
        <source>Recovered: %1</source>
        <translation>Ανακτήθηκε: %1</translation>
    </message>
    <message>
        <source>Typed before CommDesk closed, last kept %1</source>
        <translation>Πληκτρολογήθηκε πριν κλείσει το CommDesk, τελευταία αποθήκευση %1</translation>
    </message>
    <message>
        <source>Outbox: %1 — %2</source>
        <translation>Εξερχόμενα: %1 — %2</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Τελευταίο σφάλμα: %1</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Απόρριψη</translation>
    </message>
    <message>
        <source>Discard “%1”? What was typed will be lost.</source>
        <translation>Απόρριψη του «%1»; Ό,τι πληκτρολογήθηκε θα χαθεί.</translation>
    </message>
    <message>
        <source>, 1 attempt</source>
        <translation>, 1 προσπάθεια</translation>
    </message>
    <message>
        <source>, %1 attempts</source>
        <translation>, %1 προσπάθειες</translation>
    </message>
</context>
<context>
    <name>commdesk::PreferencesDialog</name>
    <message>
        <source>&amp;Mark a communication as viewed when it has been open for</source>
        <translation>&amp;Σήμανση μιας επικοινωνίας ως προβεβλημένης όταν έχει μείνει ανοιχτή για</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Προτιμήσεις</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Ποτέ</translation>
    </message>
    <message>
        <source> s</source>
        <translation> δ</translation>
    </message>
    <message>
        <source>Look for new communications every, in seconds</source>
        <translation>Έλεγχος για νέες επικοινωνίες κάθε, σε δευτερόλεπτα</translation>
    </message>
    <message>
        <source>The open list says how many are new; it moves only when you ask</source>
        <translation>Η ανοιχτή λίστα λέει πόσες είναι νέες· μετακινείται μόνο όταν το ζητήσετε</translation>
    </message>
    <message>
        <source>Seconds of reading before marking as viewed</source>
        <translation>Δευτερόλεπτα ανάγνωσης πριν από τη σήμανση ως προβεβλημένης</translation>
    </message>
    <message>
        <source>Communications read at a time</source>
        <translation>Επικοινωνίες που διαβάζονται κάθε φορά</translation>
    </message>
    <message>
        <source>Look for &amp;new communications every:</source>
        <translation>Έλεγχος για &amp;νέες επικοινωνίες κάθε:</translation>
    </message>
    <message>
        <source>Communications &amp;read at a time:</source>
        <translation>Επικοινωνίες που &amp;διαβάζονται κάθε φορά:</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>Συντομεύσεις &amp;πληκτρολογίου…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Γλώσσα</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Όπως το σύστημα (%1)</translation>
    </message>
    <message>
        <source>CommDesk speaks the language chosen here when it starts again.</source>
        <translation>Το CommDesk χρησιμοποιεί τη γλώσσα που επιλέγετε εδώ από την επόμενη εκκίνηση.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Γλώσσα:</translation>
    </message>
</context>
<context>
    <name>commdesk::ProxySettingsDialog</name>
    <message>
        <source>Network settings</source>
        <translation>Ρυθμίσεις δικτύου</translation>
    </message>
    <message>
        <source>Use the system&apos;s proxy settings</source>
        <translation>Χρήση των ρυθμίσεων διακομιστή μεσολάβησης του συστήματος</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Χωρίς διακομιστή μεσολάβησης</translation>
    </message>
    <message>
        <source>HTTP proxy</source>
        <translation>Διακομιστής μεσολάβησης HTTP</translation>
    </message>
    <message>
        <source>SOCKS5 proxy</source>
        <translation>Διακομιστής μεσολάβησης SOCKS5</translation>
    </message>
    <message>
        <source>kept until CommDesk quits</source>
        <translation>διατηρείται μέχρι να κλείσει το CommDesk</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Διακομιστής μεσολάβησης</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>Κεντρικός υπολογιστής διακομιστή μεσολάβησης</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Θύρα διακομιστή μεσολάβησης</translation>
    </message>
    <message>
        <source>Proxy user name</source>
        <translation>Όνομα χρήστη διακομιστή μεσολάβησης</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>Κωδικός πρόσβασης διακομιστή μεσολάβησης</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>Διακομιστής &amp;μεσολάβησης:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Κεντρικός υπολογιστής:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>&amp;Θύρα:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Όνομα &amp;χρήστη:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Κωδικός &amp;πρόσβασης:</translation>
    </message>
</context>
<context>
    <name>commdesk::QueueActionDialog</name>
    <message>
        <source>Complete queue entries</source>
        <translation>Ολοκλήρωση καταχωρίσεων ουράς</translation>
    </message>
    <message>
        <source>Reject queue entries</source>
        <translation>Απόρριψη καταχωρίσεων ουράς</translation>
    </message>
    <message>
        <source>Remove queue entries</source>
        <translation>Αφαίρεση καταχωρίσεων ουράς</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Ολοκλήρωση</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Απόρριψη</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Αφαίρεση</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>και %n ακόμη</numerusform>
            <numerusform>και %n ακόμη</numerusform>
        </translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>Κωδικός σφάλματος</translation>
    </message>
    <message>
        <source>Error description</source>
        <translation>Περιγραφή σφάλματος</translation>
    </message>
    <message>
        <source>What the external system should have said</source>
        <translation>Τι θα έπρεπε να είχε απαντήσει το εξωτερικό σύστημα</translation>
    </message>
    <message>
        <source>Error &amp;code:</source>
        <translation>&amp;Κωδικός σφάλματος:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Περιγραφή:</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Αιτιολογία</translation>
    </message>
    <message>
        <source>Why (kept in the action journal)</source>
        <translation>Γιατί (καταγράφεται στο ημερολόγιο ενεργειών)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Αιτιολογία:</translation>
    </message>
    <message numerus="yes">
        <source>%n rejected entries will be sent again: the communication of each is copied as a new outgoing communication that refers to it, and enters the queue as a new pending entry. The rejected entries stay as they are.</source>
        <translation>
            <numerusform>%n απορριφθείσα καταχώριση θα σταλεί ξανά: η επικοινωνία της αντιγράφεται ως νέα εξερχόμενη επικοινωνία που παραπέμπει σε αυτήν και μπαίνει στην ουρά ως νέα καταχώριση σε αναμονή. Η απορριφθείσα καταχώριση μένει ως έχει.</numerusform>
            <numerusform>%n απορριφθείσες καταχωρίσεις θα σταλούν ξανά: η επικοινωνία της καθεμιάς αντιγράφεται ως νέα εξερχόμενη επικοινωνία που παραπέμπει σε αυτήν και μπαίνει στην ουρά ως νέα καταχώριση σε αναμονή. Οι απορριφθείσες καταχωρίσεις μένουν ως έχουν.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resend rejected entries</source>
        <translation>Επαναποστολή απορριφθεισών καταχωρίσεων</translation>
    </message>
    <message>
        <source>Resend</source>
        <translation>Επαναποστολή</translation>
    </message>
    <message numerus="yes">
        <source>%n pending entries will be marked “%1”, as if the external system had delivered them. The external system will no longer see them as pending.</source>
        <translation>
            <numerusform>%n εκκρεμής καταχώριση θα σημειωθεί «%1», σαν να την είχε παραδώσει το εξωτερικό σύστημα. Το εξωτερικό σύστημα δεν θα τη βλέπει πια ως εκκρεμή.</numerusform>
            <numerusform>%n εκκρεμείς καταχωρίσεις θα σημειωθούν «%1», σαν να τις είχε παραδώσει το εξωτερικό σύστημα. Το εξωτερικό σύστημα δεν θα τις βλέπει πια ως εκκρεμείς.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending entries will be marked “%1” with the error below. They will not be delivered; you can resend a corrected communication afterwards.</source>
        <translation>
            <numerusform>%n εκκρεμής καταχώριση θα σημειωθεί «%1» με το παρακάτω σφάλμα. Δεν θα παραδοθεί· μπορείτε μετά να στείλετε ξανά μια διορθωμένη επικοινωνία.</numerusform>
            <numerusform>%n εκκρεμείς καταχωρίσεις θα σημειωθούν «%1» με το παρακάτω σφάλμα. Δεν θα παραδοθούν· μπορείτε μετά να στείλετε ξανά μια διορθωμένη επικοινωνία.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries will be marked “%1”: taken out of the queue for good. A pending one will never be delivered.</source>
        <translation>
            <numerusform>%n καταχώριση θα σημειωθεί «%1»: βγαίνει οριστικά από την ουρά. Αν εκκρεμεί, δεν θα παραδοθεί ποτέ.</numerusform>
            <numerusform>%n καταχωρίσεις θα σημειωθούν «%1»: βγαίνουν οριστικά από την ουρά. Όσες εκκρεμούν δεν θα παραδοθούν ποτέ.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>commdesk::QueueActionRunner</name>
    <message>
        <source>API key</source>
        <translation>κλειδί API</translation>
    </message>
    <message>
        <source>%1 names no communication to send again.</source>
        <translation>Η %1 δεν αναφέρει επικοινωνία για επαναποστολή.</translation>
    </message>
    <message>
        <source>The communication of %1 names no contact.</source>
        <translation>Η επικοινωνία της %1 δεν αναφέρει επαφή.</translation>
    </message>
    <message>
        <source>resent as %1</source>
        <translation>στάλθηκε ξανά ως %1</translation>
    </message>
</context>
<context>
    <name>commdesk::QueueAlertSettingsDialog</name>
    <message>
        <source>Queue alerts</source>
        <translation>Ειδοποιήσεις ουράς</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Ανενεργό</translation>
    </message>
    <message>
        <source>Pending backlog limit</source>
        <translation>Όριο καταχωρίσεων σε αναμονή</translation>
    </message>
    <message>
        <source> min</source>
        <translation> λεπ.</translation>
    </message>
    <message>
        <source>Oldest pending age limit</source>
        <translation>Όριο χρόνου αναμονής της παλαιότερης καταχώρισης</translation>
    </message>
    <message>
        <source>Reject ratio limit</source>
        <translation>Όριο ποσοστού απορρίψεων</translation>
    </message>
    <message>
        <source>An alert (a banner and a desktop notification) is raised once when a measure goes above its limit, and again only after it has been back below for a while.</source>
        <translation>Μια ειδοποίηση (μήνυμα στο παράθυρο και ειδοποίηση στην επιφάνεια εργασίας) εμφανίζεται μία φορά όταν ένας δείκτης ξεπεράσει το όριό του και ξανά μόνο αφού έχει επιστρέψει κάτω από αυτό για κάποιο διάστημα.</translation>
    </message>
    <message>
        <source>More than this many &amp;pending entries:</source>
        <translation>Περισσότερες καταχωρίσεις σε &amp;αναμονή από:</translation>
    </message>
    <message>
        <source>&amp;Oldest pending entry waiting longer than:</source>
        <translation>Η &amp;παλαιότερη καταχώριση σε αναμονή περιμένει περισσότερο από:</translation>
    </message>
    <message>
        <source>&amp;Reject ratio (recent) above:</source>
        <translation>Ποσοστό απο&amp;ρρίψεων (πρόσφατα) πάνω από:</translation>
    </message>
    <message>
        <source>Stuck source limit</source>
        <translation>Όριο για πηγή που έχει κολλήσει</translation>
    </message>
    <message>
        <source>A source with waiting entries &amp;sends nothing for:</source>
        <translation>Πηγή με εγγραφές σε αναμονή δεν &amp;στέλνει τίποτα για:</translation>
    </message>
</context>
<context>
    <name>commdesk::QueueAlerts</name>
    <message numerus="yes">
        <source>%n entries are pending (limit %1).</source>
        <translation>
            <numerusform>%n καταχώριση είναι σε αναμονή (όριο %1).</numerusform>
            <numerusform>%n καταχωρίσεις είναι σε αναμονή (όριο %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>The oldest pending entry has waited %1 (limit %2).</source>
        <translation>Η παλαιότερη καταχώριση σε αναμονή περιμένει %1 (όριο %2).</translation>
    </message>
    <message>
        <source>%1% of recent entries were rejected (limit %2%).</source>
        <translation>Το %1% των πρόσφατων καταχωρίσεων απορρίφθηκε (όριο %2%).</translation>
    </message>
    <message>
        <source>Entries wait and nothing has been sent for %1 at: %2.</source>
        <translation>Υπάρχουν εγγραφές σε αναμονή και τίποτα δεν έχει σταλεί για %1 από: %2.</translation>
    </message>
</context>
<context>
    <name>commdesk::QueueChartsView</name>
    <message>
        <source>Pending backlog</source>
        <translation>Καταχωρίσεις σε αναμονή</translation>
    </message>
    <message>
        <source>Completed and rejected</source>
        <translation>Ολοκληρωμένες και απορριφθείσες</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Τελευταία ώρα</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Τελευταία ημέρα</translation>
    </message>
    <message>
        <source>Chart range</source>
        <translation>Εύρος γραφήματος</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Σε αναμονή</translation>
    </message>
    <message>
        <source>Pending backlog chart</source>
        <translation>Γράφημα καταχωρίσεων σε αναμονή</translation>
    </message>
    <message>
        <source>Completed and rejected chart</source>
        <translation>Γράφημα ολοκληρωμένων και απορριφθεισών</translation>
    </message>
    <message>
        <source>&lt;b&gt;History&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ιστορικό&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Ολοκληρωμένες</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Απορριφθείσες</translation>
    </message>
    <message>
        <source>per 5 minutes</source>
        <translation>ανά 5 λεπτά</translation>
    </message>
    <message>
        <source>per hour</source>
        <translation>ανά ώρα</translation>
    </message>
    <message>
        <source>Completed and rejected %1</source>
        <translation>Ολοκληρωμένες και απορριφθείσες %1</translation>
    </message>
    <message>
        <source>As a &amp;table</source>
        <translation>Ως π&amp;ίνακας</translation>
    </message>
    <message>
        <source>Queue history as a table</source>
        <translation>Ιστορικό ουράς ως πίνακας</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Από</translation>
    </message>
    <message>
        <source>Show the history as a table</source>
        <translation>Εμφάνιση του ιστορικού ως πίνακα</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Γράφημα</translation>
    </message>
</context>
<context>
    <name>commdesk::QueueEntryDetailView</name>
    <message>
        <source>Queue entry details</source>
        <translation>Στοιχεία καταχώρισης ουράς</translation>
    </message>
    <message>
        <source>No entry selected</source>
        <translation>Δεν έχει επιλεγεί καταχώριση</translation>
    </message>
    <message>
        <source>Queue entry %1</source>
        <translation>Καταχώριση ουράς %1</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Κατάσταση</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Μέσο</translation>
    </message>
    <message>
        <source>External system</source>
        <translation>Εξωτερικό σύστημα</translation>
    </message>
    <message>
        <source>none</source>
        <translation>κανένα</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Σφάλμα</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Δημιουργήθηκε</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Ενημερώθηκε</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Επικοινωνία</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Επαφή</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Προς</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Θέμα</translation>
    </message>
    <message>
        <source>The communication could not be loaded: %1</source>
        <translation>Δεν ήταν δυνατή η φόρτωση της επικοινωνίας: %1</translation>
    </message>
    <message>
        <source>Loading communication %1…</source>
        <translation>Φόρτωση της επικοινωνίας %1…</translation>
    </message>
    <message>
        <source>Select a queue entry to see it and its communication.</source>
        <translation>Επιλέξτε μια καταχώριση της ουράς για να δείτε αυτήν και την επικοινωνία της.</translation>
    </message>
</context>
<context>
    <name>commdesk::QueueEntryFilterBar</name>
    <message>
        <source>Media or external system filter</source>
        <translation>Φίλτρο μέσου ή εξωτερικού συστήματος</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Όλες οι πηγές</translation>
    </message>
    <message>
        <source>State filter</source>
        <translation>Φίλτρο κατάστασης</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Όλες οι καταστάσεις</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Επαφή</translation>
    </message>
    <message>
        <source>Contact filter</source>
        <translation>Φίλτρο επαφής</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>Κωδικός σφάλματος</translation>
    </message>
    <message>
        <source>Error code filter</source>
        <translation>Φίλτρο κωδικού σφάλματος</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Καταχωρίσεις</translation>
    </message>
</context>
<context>
    <name>commdesk::QueueEntryModel</name>
    <message>
        <source>Number</source>
        <translation>Αριθμός</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Κατάσταση</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Μέσο</translation>
    </message>
    <message>
        <source>External system</source>
        <translation>Εξωτερικό σύστημα</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Επαφή</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Θέμα</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>Κωδικός σφάλματος</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Δημιουργήθηκε</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Ενημερώθηκε</translation>
    </message>
</context>
<context>
    <name>commdesk::QueueEntryToolBar</name>
    <message>
        <source>Queue entry actions</source>
        <translation>Ενέργειες καταχώρισης ουράς</translation>
    </message>
    <message>
        <source>&amp;Complete…</source>
        <translation>Ολο&amp;κλήρωση…</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>Απόρρι&amp;ψη…</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>Αφαί&amp;ρεση…</translation>
    </message>
    <message>
        <source>Re&amp;send…</source>
        <translation>Επαναποσ&amp;τολή…</translation>
    </message>
    <message>
        <source>&amp;Open communication</source>
        <translation>Ά&amp;νοιγμα επικοινωνίας</translation>
    </message>
    <message>
        <source>Copy &amp;link</source>
        <translation>Αντιγραφή συν&amp;δέσμου</translation>
    </message>
</context>
<context>
    <name>commdesk::QueueJournal</name>
    <message>
        <source>the file cannot be opened</source>
        <translation>το αρχείο δεν ανοίγει</translation>
    </message>
</context>
<context>
    <name>commdesk::QueueMetricsRunner</name>
    <message>
        <source>commdesk-cli: the queue could not be polled: %1</source>
        <translation>commdesk-cli: η ουρά δεν μπόρεσε να διαβαστεί: %1</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2.</source>
        <translation>Δεν είναι δυνατή η ακρόαση στη %1 θύρα %2.</translation>
    </message>
    <message>
        <source>Serving the queue&apos;s metrics at http://%1:%2/metrics (a poll every %3 s)</source>
        <translation>Οι μετρήσεις της ουράς διατίθενται στο http://%1:%2/metrics (μία ανάγνωση κάθε %3 s)</translation>
    </message>
</context>
<context>
    <name>commdesk::QueueMonitorHeader</name>
    <message>
        <source>Last update</source>
        <translation>Τελευταία ενημέρωση</translation>
    </message>
    <message>
        <source>Refresh interval</source>
        <translation>Διάστημα ανανέωσης</translation>
    </message>
    <message>
        <source>Every %1 s</source>
        <translation>Κάθε %1 δευτ.</translation>
    </message>
    <message>
        <source>Every %1 min</source>
        <translation>Κάθε %1 λεπ.</translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n σε αναμονή</numerusform>
            <numerusform>%n σε αναμονή</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending — stuck: %1</source>
        <translation>
            <numerusform>%n σε αναμονή — σε στασιμότητα: %1</numerusform>
            <numerusform>%n σε αναμονή — σε στασιμότητα: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Φόρτωση…</translation>
    </message>
    <message>
        <source>Not updated yet</source>
        <translation>Δεν έχει ενημερωθεί ακόμη</translation>
    </message>
    <message numerus="yes">
        <source>Updated %n seconds ago</source>
        <translation>
            <numerusform>Ενημερώθηκε πριν από %n δευτερόλεπτο</numerusform>
            <numerusform>Ενημερώθηκε πριν από %n δευτερόλεπτα</numerusform>
        </translation>
    </message>
    <message>
        <source>Updated %1 ago</source>
        <translation>Ενημερώθηκε πριν από %1</translation>
    </message>
    <message>
        <source> (stale)</source>
        <translation> (μη επίκαιρα)</translation>
    </message>
    <message>
        <source> — paused</source>
        <translation> — σε παύση</translation>
    </message>
</context>
<context>
    <name>commdesk::QueueMonitorWidget</name>
    <message numerus="yes">
        <source>%n actions failed: %1</source>
        <translation>
            <numerusform>%n ενέργεια απέτυχε: %1</numerusform>
            <numerusform>%n ενέργειες απέτυχαν: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>CommDesk queue monitor</source>
        <translation>Παρακολούθηση ουράς CommDesk</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Ανανέωση</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Παύση</translation>
    </message>
    <message>
        <source>Action &amp;journal</source>
        <translation>&amp;Ημερολόγιο ενεργειών</translation>
    </message>
    <message>
        <source>&amp;Alerts…</source>
        <translation>&amp;Ειδοποιήσεις…</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Συνέχιση</translation>
    </message>
    <message>
        <source>Queue summary</source>
        <translation>Σύνοψη ουράς</translation>
    </message>
    <message>
        <source>By media and external system</source>
        <translation>Ανά μέσο και εξωτερικό σύστημα</translation>
    </message>
    <message>
        <source>Queue entries</source>
        <translation>Καταχωρίσεις ουράς</translation>
    </message>
    <message>
        <source>Rejections by error code</source>
        <translation>Απορρίψεις ανά κωδικό σφάλματος</translation>
    </message>
    <message>
        <source>The figures below are from %1 and may be out of date.</source>
        <translation>Τα παρακάτω στοιχεία ενημερώθηκαν στις %1 και ίσως δεν είναι πλέον επίκαιρα.</translation>
    </message>
    <message>
        <source>No figures yet.</source>
        <translation>Δεν υπάρχουν ακόμη στοιχεία.</translation>
    </message>
    <message>
        <source>The queue could not be read: %1 %2</source>
        <translation>Δεν ήταν δυνατή η ανάγνωση της ουράς: %1 %2</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Ξανά</translation>
    </message>
    <message>
        <source>CommDesk queue alert</source>
        <translation>Ειδοποίηση ουράς CommDesk</translation>
    </message>
    <message numerus="yes">
        <source>The action journal was damaged. It was put aside as %1 and a new one started with the records that could still be read (%n record(s)).</source>
        <translation>
            <numerusform>Το ημερολόγιο ενεργειών είχε φθαρεί. Μπήκε στην άκρη ως %1 και ξεκίνησε νέο με τις εγγραφές που διαβάζονταν ακόμη (%n εγγραφή).</numerusform>
            <numerusform>Το ημερολόγιο ενεργειών είχε φθαρεί. Μπήκε στην άκρη ως %1 και ξεκίνησε νέο με τις εγγραφές που διαβάζονταν ακόμη (%n εγγραφές).</numerusform>
        </translation>
    </message>
    <message>
        <source>The action journal cannot be opened (%1). Queue actions still work, but they are not recorded.</source>
        <translation>Το ημερολόγιο ενεργειών δεν ανοίγει (%1). Οι ενέργειες στην ουρά γίνονται κανονικά, αλλά δεν καταγράφονται.</translation>
    </message>
    <message>
        <source>The action journal could not record “%1” on %2 (%3). The action itself was carried out; the journal may be incomplete.</source>
        <translation>Το ημερολόγιο ενεργειών δεν μπόρεσε να καταγράψει «%1» στην %2 (%3). Η ίδια η ενέργεια έγινε· το ημερολόγιο ίσως είναι ελλιπές.</translation>
    </message>
    <message>
        <source>Queue monitor</source>
        <translation>Παρακολούθηση ουράς</translation>
    </message>
</context>
<context>
    <name>commdesk::QueueRunner</name>
    <message>
        <source>NUMBER</source>
        <translation>ΑΡΙΘΜΟΣ</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ΚΑΤΑΣΤΑΣΗ</translation>
    </message>
    <message>
        <source>MEDIA</source>
        <translation>ΜΕΣΟ</translation>
    </message>
    <message>
        <source>COMMUNICATION</source>
        <translation>ΕΠΙΚΟΙΝΩΝΙΑ</translation>
    </message>
    <message>
        <source>CONTACT</source>
        <translation>ΕΠΑΦΗ</translation>
    </message>
    <message>
        <source>EXTERNAL_SYSTEM</source>
        <translation>ΕΞΩΤΕΡΙΚΟ_ΣΥΣΤΗΜΑ</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>ΔΗΜΙΟΥΡΓΙΑ</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>ΣΦΑΛΜΑ</translation>
    </message>
    <message>
        <source>Not a queue command.</source>
        <translation>Δεν είναι εντολή ουράς.</translation>
    </message>
    <message>
        <source>The action was not written to the action journal %1: %2</source>
        <translation>Η ενέργεια δεν καταγράφηκε στο ημερολόγιο ενεργειών %1: %2</translation>
    </message>
</context>
<context>
    <name>commdesk::QueueSummaryModel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 δευτ.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 λεπ.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ώρ. %2 λεπ.</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 ημ. %2 ώρ.</translation>
    </message>
    <message>
        <source>Stuck</source>
        <translation>Σε στασιμότητα</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Σε εξέλιξη</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Σε αδράνεια</translation>
    </message>
    <message>
        <source>Entries are waiting and none has been completed or rejected for a while.</source>
        <translation>Υπάρχουν καταχωρίσεις σε αναμονή και καμία δεν έχει ολοκληρωθεί ή απορριφθεί εδώ και αρκετό χρόνο.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Πηγή</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Σε αναμονή</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Ολοκληρωμένες</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Απορριφθείσες</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Αφαιρεμένες</translation>
    </message>
    <message>
        <source>Oldest pending</source>
        <translation>Παλαιότερη σε αναμονή</translation>
    </message>
    <message>
        <source>Done/min</source>
        <translation>Ολοκλ./λεπτό</translation>
    </message>
    <message>
        <source>Rejected/min</source>
        <translation>Απορρ./λεπτό</translation>
    </message>
    <message>
        <source>Reject ratio</source>
        <translation>Ποσοστό απορρίψεων</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Κατάσταση</translation>
    </message>
</context>
<context>
    <name>commdesk::QueueTab</name>
    <message>
        <source>Go</source>
        <translation>Μετάβαση</translation>
    </message>
    <message>
        <source>Queue views</source>
        <translation>Προβολές ουράς</translation>
    </message>
    <message>
        <source>&amp;Monitor</source>
        <translation>Παρακολού&amp;θηση</translation>
    </message>
    <message>
        <source>&amp;Next to send</source>
        <translation>Επόμενες προς απο&amp;στολή</translation>
    </message>
    <message>
        <source>&amp;Delivered, not viewed</source>
        <translation>Παρα&amp;δοθείσες, μη αναγνωσμένες</translation>
    </message>
    <message>
        <source>Entries delivered whose communication has not been viewed</source>
        <translation>Καταχωρίσεις που παραδόθηκαν, των οποίων η επικοινωνία δεν έχει αναγνωστεί</translation>
    </message>
    <message>
        <source>CQ000123 or id</source>
        <translation>CQ000123 ή αναγνωριστικό</translation>
    </message>
    <message>
        <source>Queue entry number or id</source>
        <translation>Αριθμός ή αναγνωριστικό καταχώρισης ουράς</translation>
    </message>
    <message>
        <source>Go to queue entry</source>
        <translation>Μετάβαση σε καταχώριση ουράς</translation>
    </message>
    <message>
        <source>&amp;Go to entry:</source>
        <translation>&amp;Μετάβαση σε καταχώριση:</translation>
    </message>
    <message>
        <source>&amp;Go to queue entry…</source>
        <translation>Μετάβαση σε καταχώριση &amp;ουράς…</translation>
    </message>
    <message>
        <source>Open a queue entry by its number or id (%1)</source>
        <translation>Άνοιγμα καταχώρισης ουράς με βάση τον αριθμό ή το αναγνωριστικό της (%1)</translation>
    </message>
    <message>
        <source>There is no queue entry %1.</source>
        <translation>Δεν υπάρχει καταχώριση ουράς %1.</translation>
    </message>
    <message>
        <source>The queue entry could not be opened: %1</source>
        <translation>Δεν ήταν δυνατό το άνοιγμα της καταχώρισης ουράς: %1</translation>
    </message>
    <message>
        <source>What a gateway will take next: the pending entries, in the server&apos;s order</source>
        <translation>Τι θα πάρει στη συνέχεια μια πύλη: οι εκκρεμείς καταχωρίσεις, με τη σειρά του διακομιστή</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Ουρά</translation>
    </message>
</context>
<context>
    <name>commdesk::QueueWorkListView</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Ανανέωση</translation>
    </message>
    <message>
        <source>Refresh (%1)</source>
        <translation>Ανανέωση (%1)</translation>
    </message>
    <message>
        <source>The list could not be loaded: %1</source>
        <translation>Δεν ήταν δυνατή η φόρτωση της λίστας: %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Ξανά</translation>
    </message>
    <message>
        <source>Media or external system</source>
        <translation>Μέσο ή εξωτερικό σύστημα</translation>
    </message>
    <message>
        <source>Number of entries</source>
        <translation>Πλήθος καταχωρίσεων</translation>
    </message>
    <message>
        <source>&amp;Entries:</source>
        <translation>Κατα&amp;χωρίσεις:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>Πη&amp;γή:</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Ανανέωση</translation>
    </message>
    <message>
        <source>List status</source>
        <translation>Κατάσταση λίστας</translation>
    </message>
    <message>
        <source>The pending entries the gateway takes next, in the server&apos;s order.</source>
        <translation>Οι καταχωρίσεις σε αναμονή που θα πάρει στη συνέχεια η πύλη, με τη σειρά του διακομιστή.</translation>
    </message>
    <message>
        <source>Entries delivered (completed) whose communication nobody has viewed yet.</source>
        <translation>Καταχωρίσεις που παραδόθηκαν (ολοκληρώθηκαν), των οποίων την επικοινωνία δεν έχει δει ακόμη κανείς.</translation>
    </message>
    <message>
        <source>Entries to send next</source>
        <translation>Επόμενες καταχωρίσεις προς αποστολή</translation>
    </message>
    <message>
        <source>Delivered entries not yet viewed</source>
        <translation>Παραδοθείσες καταχωρίσεις που δεν έχουν αναγνωστεί ακόμη</translation>
    </message>
    <message>
        <source>Entries message</source>
        <translation>Μήνυμα καταχωρίσεων</translation>
    </message>
    <message>
        <source>Some actions failed: %1</source>
        <translation>Ορισμένες ενέργειες απέτυχαν: %1</translation>
    </message>
    <message>
        <source>No entries are waiting for %1.</source>
        <translation>Δεν υπάρχουν καταχωρίσεις σε αναμονή για %1.</translation>
    </message>
    <message>
        <source>Nothing delivered through %1 is waiting to be viewed.</source>
        <translation>Δεν υπάρχει τίποτα παραδοθέν μέσω %1 που να περιμένει ανάγνωση.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Φόρτωση…</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Ενημερώθηκε στις %1</translation>
    </message>
    <message>
        <source>The list could not be loaded.</source>
        <translation>Δεν ήταν δυνατή η φόρτωση της λίστας.</translation>
    </message>
    <message>
        <source>Next to send</source>
        <translation>Επόμενες προς αποστολή</translation>
    </message>
    <message>
        <source>Delivered, not viewed</source>
        <translation>Παραδοθείσες, μη αναγνωσμένες</translation>
    </message>
</context>
<context>
    <name>commdesk::RejectionGroupActions</name>
    <message>
        <source>Rejection group actions</source>
        <translation>Ενέργειες ομάδας απορρίψεων</translation>
    </message>
    <message>
        <source>Resend group…</source>
        <translation>Επαναποστολή ομάδας…</translation>
    </message>
    <message>
        <source>Complete group…</source>
        <translation>Ολοκλήρωση ομάδας…</translation>
    </message>
    <message>
        <source>Reject group again…</source>
        <translation>Νέα απόρριψη ομάδας…</translation>
    </message>
    <message>
        <source>Remove group…</source>
        <translation>Αφαίρεση ομάδας…</translation>
    </message>
    <message>
        <source>Choose a rejection group first.</source>
        <translation>Επιλέξτε πρώτα μια ομάδα απορρίψεων.</translation>
    </message>
    <message>
        <source>A rejected entry is final: the queue completes, rejects or removes only pending entries (and removes completed ones). Resend sends the group again.</source>
        <translation>Μια απορριφθείσα καταχώριση είναι οριστική: η ουρά ολοκληρώνει, απορρίπτει ή αφαιρεί μόνο καταχωρίσεις σε αναμονή (και αφαιρεί ολοκληρωμένες). Η επαναποστολή στέλνει την ομάδα ξανά.</translation>
    </message>
</context>
<context>
    <name>commdesk::RejectionGroupModel</name>
    <message>
        <source>(no code)</source>
        <translation>(χωρίς κωδικό)</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>Κωδικός σφάλματος</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Πηγή</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Πλήθος</translation>
    </message>
    <message>
        <source>Latest description</source>
        <translation>Τελευταία περιγραφή</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Τελευταία</translation>
    </message>
</context>
<context>
    <name>commdesk::SavedViewList</name>
    <message>
        <source>Saved views</source>
        <translation>Αποθηκευμένες προβολές</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ά&amp;νοιγμα</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>&amp;Μετονομασία</translation>
    </message>
    <message>
        <source>&amp;Update to the list as it is now</source>
        <translation>&amp;Ενημέρωση με τη λίστα όπως είναι τώρα</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Μετακίνηση &amp;πάνω</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Μετακίνηση &amp;κάτω</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Αφαίρεση</translation>
    </message>
    <message>
        <source>“%1” removed.</source>
        <translation>Η «%1» αφαιρέθηκε.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>Α&amp;ναίρεση</translation>
    </message>
    <message>
        <source>“%1” could not be put back: a view of that name was saved meanwhile.</source>
        <translation>Η «%1» δεν μπόρεσε να επανέλθει: στο μεταξύ αποθηκεύτηκε προβολή με αυτό το όνομα.</translation>
    </message>
    <message>
        <source>Keep the list you look at with View ▸ Save view (Ctrl+D).</source>
        <translation>Κρατήστε τη λίστα που βλέπετε με Προβολή ▸ Αποθήκευση προβολής (Ctrl+D).</translation>
    </message>
    <message>
        <source>Saved view&amp;s</source>
        <translation>Αποθηκευμέ&amp;νες προβολές</translation>
    </message>
</context>
<context>
    <name>commdesk::SavedViewModel</name>
    <message>
        <source>A saved view needs a name.</source>
        <translation>Μια αποθηκευμένη προβολή χρειάζεται όνομα.</translation>
    </message>
    <message>
        <source>There is already a saved view called “%1”.</source>
        <translation>Υπάρχει ήδη αποθηκευμένη προβολή με το όνομα «%1».</translation>
    </message>
    <message>
        <source>Category %1</source>
        <translation>Κατηγορία %1</translation>
    </message>
    <message>
        <source>Contact %1</source>
        <translation>Επαφή %1</translation>
    </message>
    <message>
        <source>rows with “%1”</source>
        <translation>γραμμές με «%1»</translation>
    </message>
</context>
<context>
    <name>commdesk::SearchField</name>
    <message>
        <source>Search all communications (Ctrl+K)</source>
        <translation>Αναζήτηση σε όλες τις επικοινωνίες (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search all communications</source>
        <translation>Αναζήτηση σε όλες τις επικοινωνίες</translation>
    </message>
    <message>
        <source>Searches every communication CommDesk has loaded or opened; a communication or contact number is also looked up on the server.</source>
        <translation>Αναζητά σε κάθε επικοινωνία που έχει φορτώσει ή ανοίξει το CommDesk· ένας αριθμός επικοινωνίας ή επαφής αναζητείται και στον διακομιστή.</translation>
    </message>
</context>
<context>
    <name>commdesk::SearchResultModel</name>
    <message>
        <source>Number</source>
        <translation>Αριθμός</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Θέμα</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Επαφή</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Κατηγορία</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Δημιουργία</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Βρέθηκε στο</translation>
    </message>
</context>
<context>
    <name>commdesk::SearchResultsView</name>
    <message>
        <source>Back to the list</source>
        <translation>Πίσω στη λίστα</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Αποτελέσματα αναζήτησης</translation>
    </message>
    <message>
        <source>Close the search and show the list again (Esc)</source>
        <translation>Κλείσιμο της αναζήτησης και επιστροφή στη λίστα (Esc)</translation>
    </message>
    <message>
        <source>Type a word, a name or a number to search every communication CommDesk has loaded or opened.</source>
        <translation>Πληκτρολογήστε μια λέξη, ένα όνομα ή έναν αριθμό για αναζήτηση σε κάθε επικοινωνία που έχει φορτώσει ή ανοίξει το CommDesk.</translation>
    </message>
    <message>
        <source>Searching for “%1”…</source>
        <translation>Αναζήτηση για «%1»…</translation>
    </message>
    <message>
        <source>Nothing found for “%1”. CommDesk searches what it has loaded or opened on this computer; a communication number (CM004902) or a contact number (CI000271) is also looked up on the server.</source>
        <translation>Δεν βρέθηκε τίποτα για «%1». Το CommDesk αναζητά ό,τι έχει φορτώσει ή ανοίξει σε αυτόν τον υπολογιστή· ένας αριθμός επικοινωνίας (CM004902) ή επαφής (CI000271) αναζητείται και στον διακομιστή.</translation>
    </message>
    <message>
        <source>The best %1 results for “%2”, across all categories and contacts.</source>
        <translation>Τα %1 καλύτερα αποτελέσματα για «%2», σε όλες τις κατηγορίες και επαφές.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) for “%1”, across all categories and contacts.</source>
        <translation>
            <numerusform>%n αποτέλεσμα για «%1», σε όλες τις κατηγορίες και επαφές.</numerusform>
            <numerusform>%n αποτελέσματα για «%1», σε όλες τις κατηγορίες και επαφές.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server could not be asked: %1</source>
        <translation>Δεν ήταν δυνατό να ερωτηθεί ο διακομιστής: %1</translation>
    </message>
</context>
<context>
    <name>commdesk::SecretStore</name>
    <message>
        <source>no keychain service was found</source>
        <translation>δεν βρέθηκε υπηρεσία κλειδοθήκης</translation>
    </message>
    <message>
        <source>Not remembered: this system has no keychain to keep it safely (%1). You will be asked for it at the next sign-in.</source>
        <translation>Δεν απομνημονεύτηκε: αυτό το σύστημα δεν διαθέτει κλειδοθήκη για την ασφαλή φύλαξή του (%1). Θα σας ζητηθεί στην επόμενη σύνδεση.</translation>
    </message>
    <message>
        <source>Not remembered: the keychain refused to keep it (%1).</source>
        <translation>Δεν απομνημονεύτηκε: η κλειδοθήκη αρνήθηκε να το φυλάξει (%1).</translation>
    </message>
</context>
<context>
    <name>commdesk::ShortcutsDialog</name>
    <message>
        <source>&amp;Assign</source>
        <translation>&amp;Ανάθεση</translation>
    </message>
    <message>
        <source>&amp;No shortcut</source>
        <translation>&amp;Χωρίς συντόμευση</translation>
    </message>
    <message>
        <source>&amp;Default</source>
        <translation>&amp;Προεπιλογή</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Συντομεύσεις πληκτρολογίου</translation>
    </message>
    <message>
        <source>Find an action or a key…</source>
        <translation>Βρείτε μια ενέργεια ή ένα πλήκτρο…</translation>
    </message>
    <message>
        <source>Find a shortcut</source>
        <translation>Εύρεση συντόμευσης</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ενέργεια</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Συντόμευση</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Πού</translation>
    </message>
    <message>
        <source>New shortcut</source>
        <translation>Νέα συντόμευση</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Εύρεση:</translation>
    </message>
    <message>
        <source>&amp;Press the new shortcut:</source>
        <translation>Πατήστε τη &amp;νέα συντόμευση:</translation>
    </message>
    <message>
        <source>%1 is already the shortcut of “%2”. Choose another, or change that one first.</source>
        <translation>Το %1 είναι ήδη η συντόμευση της ενέργειας «%2». Επιλέξτε άλλη ή αλλάξτε πρώτα εκείνη.</translation>
    </message>
    <message>
        <source>Changed; the default is %1</source>
        <translation>Αλλαγμένη· η προεπιλογή είναι %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>καμία</translation>
    </message>
</context>
<context>
    <name>commdesk::SignInDialog</name>
    <message>
        <source>Sign in to CRM.COM</source>
        <translation>Σύνδεση στο CRM.COM</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Σύνδεση</translation>
    </message>
    <message>
        <source>Session expired</source>
        <translation>Η συνεδρία έληξε</translation>
    </message>
    <message>
        <source>Your session with the server has ended. Sign in again to carry on: everything you have open stays as it is, and what could not be done is tried again.</source>
        <translation>Η συνεδρία σας με τον διακομιστή έληξε. Συνδεθείτε ξανά για να συνεχίσετε: ό,τι έχετε ανοιχτό μένει ως έχει και ό,τι δεν ολοκληρώθηκε θα επιχειρηθεί ξανά.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Σύνδεση…</translation>
    </message>
    <message>
        <source>Enter the web API key.</source>
        <translation>Δώστε το κλειδί web API.</translation>
    </message>
    <message>
        <source>Enter your username, password and organisation.</source>
        <translation>Δώστε το όνομα χρήστη, τον κωδικό πρόσβασης και τον οργανισμό σας.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Συνέχεια</translation>
    </message>
    <message>
        <source>No CRM.COM server answered at this address. Check the address and your network connection. (%1)</source>
        <translation>Κανένας διακομιστής CRM.COM δεν απάντησε σε αυτή τη διεύθυνση. Ελέγξτε τη διεύθυνση και τη σύνδεσή σας στο δίκτυο. (%1)</translation>
    </message>
    <message>
        <source>Something answered at this address, but it does not look like a CRM.COM server. (%1)</source>
        <translation>Κάτι απάντησε σε αυτή τη διεύθυνση, αλλά δεν μοιάζει με διακομιστή CRM.COM. (%1)</translation>
    </message>
    <message>
        <source>The server refused this API key.</source>
        <translation>Ο διακομιστής απέρριψε αυτό το κλειδί API.</translation>
    </message>
    <message>
        <source>Show what was last loaded from this server, and connect when it answers again</source>
        <translation>Εμφάνιση όσων φορτώθηκαν τελευταία από αυτόν τον διακομιστή και σύνδεση μόλις απαντήσει ξανά</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>Δοκιμή της &amp;επίδειξης</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Πρόβλημα</translation>
    </message>
    <message>
        <source>Try CommDesk with demo data on a built-in practice server; nothing reaches a real CRM.COM.</source>
        <translation>Δοκιμάστε το CommDesk με δεδομένα επίδειξης σε έναν ενσωματωμένο δοκιμαστικό διακομιστή· τίποτα δεν φτάνει σε πραγματικό CRM.COM.</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Δοκιμή της επίδειξης</translation>
    </message>
    <message>
        <source>Work off&amp;line</source>
        <translation>Εργασία εκτός σύ&amp;νδεσης</translation>
    </message>
    <message>
        <source>Work offline</source>
        <translation>Εργασία εκτός σύνδεσης</translation>
    </message>
    <message>
        <source>Starting the demo…</source>
        <translation>Εκκίνηση της επίδειξης…</translation>
    </message>
    <message>
        <source>The practice server could not start: %1</source>
        <translation>Δεν ήταν δυνατή η εκκίνηση του δοκιμαστικού διακομιστή: %1</translation>
    </message>
    <message>
        <source>Something answered at this address, but in plain HTTP rather than HTTPS. If this server is meant to be used without encryption, try the address with http:// instead of https://.</source>
        <translation>Κάτι απάντησε σε αυτή τη διεύθυνση, αλλά με απλό HTTP αντί για HTTPS. Αν αυτός ο διακομιστής προορίζεται για χρήση χωρίς κρυπτογράφηση, δοκιμάστε τη διεύθυνση με http:// αντί για https://.</translation>
    </message>
</context>
<context>
    <name>commdesk::SignInForm</name>
    <message>
        <source>Sign in with a web &amp;API key instead</source>
        <translation>&amp;Σύνδεση με κλειδί web API αντί για κωδικό</translation>
    </message>
    <message>
        <source>&amp;Remember in the system keychain</source>
        <translation>&amp;Απομνημόνευση στην κλειδοθήκη του συστήματος</translation>
    </message>
    <message>
        <source>a name for this server and account</source>
        <translation>ένα όνομα για αυτόν τον διακομιστή και λογαριασμό</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>προαιρετικό</translation>
    </message>
    <message>
        <source>optional: a PEM file of your organisation&apos;s certificate authorities</source>
        <translation>προαιρετικό: ένα αρχείο PEM με τις αρχές πιστοποίησης του οργανισμού σας</translation>
    </message>
    <message>
        <source>Server profile</source>
        <translation>Προφίλ διακομιστή</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Διεύθυνση διακομιστή</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Όνομα χρήστη</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Κωδικός πρόσβασης</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Οργανισμός</translation>
    </message>
    <message>
        <source>Business unit</source>
        <translation>Επιχειρηματική μονάδα</translation>
    </message>
    <message>
        <source>Web API key</source>
        <translation>Κλειδί web API</translation>
    </message>
    <message>
        <source>Sign in with a web API key</source>
        <translation>Σύνδεση με κλειδί web API</translation>
    </message>
    <message>
        <source>Remember in the system keychain</source>
        <translation>Απομνημόνευση στην κλειδοθήκη του συστήματος</translation>
    </message>
    <message>
        <source>Certificate authority bundle</source>
        <translation>Πακέτο αρχών πιστοποίησης</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Διακομιστής:</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>Όνομα &amp;χρήστη:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Κωδικός πρόσβασης:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Οργανισμός:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>Κλε&amp;ιδί API:</translation>
    </message>
    <message>
        <source>CA &amp;bundle:</source>
        <translation>Πακέτο &amp;CA:</translation>
    </message>
    <message>
        <source>Passwords and API keys cannot be remembered: this system has no keychain (%1).</source>
        <translation>Δεν είναι δυνατή η απομνημόνευση κωδικών πρόσβασης και κλειδιών API: αυτό το σύστημα δεν διαθέτει κλειδοθήκη (%1).</translation>
    </message>
    <message>
        <source>&amp;Remember the API key in the system keychain</source>
        <translation>&amp;Απομνημόνευση του κλειδιού API στην κλειδοθήκη του συστήματος</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>&amp;Απομνημόνευση του κωδικού πρόσβασης στην κλειδοθήκη του συστήματος</translation>
    </message>
    <message>
        <source>Warning: this address starts with http://, so your password or API key and everything you read would travel unencrypted. Use https:// unless your IT department says otherwise.</source>
        <translation>Προειδοποίηση: αυτή η διεύθυνση αρχίζει με http://, οπότε ο κωδικός πρόσβασης ή το κλειδί API σας και ό,τι διαβάζετε θα μεταδίδονταν χωρίς κρυπτογράφηση. Χρησιμοποιήστε https://, εκτός αν το τμήμα πληροφορικής σας ορίζει διαφορετικά.</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Περιή&amp;γηση…</translation>
    </message>
    <message>
        <source>Choose a certificate authority bundle</source>
        <translation>Επιλογή πακέτου αρχών πιστοποίησης</translation>
    </message>
    <message>
        <source>Security warning</source>
        <translation>Προειδοποίηση ασφαλείας</translation>
    </message>
    <message>
        <source>About remembering</source>
        <translation>Σχετικά με την απομνημόνευση</translation>
    </message>
    <message>
        <source>Problem with the server</source>
        <translation>Πρόβλημα με τον διακομιστή</translation>
    </message>
    <message>
        <source>Problem with the sign-in</source>
        <translation>Πρόβλημα με τη σύνδεση</translation>
    </message>
    <message>
        <source>Problem with the API key</source>
        <translation>Πρόβλημα με το κλειδί API</translation>
    </message>
    <message>
        <source>Choose the PEM file of your organisation&apos;s certificate authorities</source>
        <translation>Επιλέξτε το αρχείο PEM με τις αρχές πιστοποίησης του οργανισμού σας</translation>
    </message>
    <message>
        <source>Pro&amp;file:</source>
        <translation>&amp;Προφίλ:</translation>
    </message>
    <message>
        <source>Business u&amp;nit:</source>
        <translation>Επιχειρηματική &amp;μονάδα:</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Πιστοποιητικά (*.pem *.crt *.cer);;Όλα τα αρχεία (*)</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Προφίλ</translation>
    </message>
</context>
<context>
    <name>commdesk::SmsCounterLabel</name>
    <message>
        <source>Message length</source>
        <translation>Μήκος μηνύματος</translation>
    </message>
    <message>
        <source>GSM-7</source>
        <translation>GSM-7</translation>
    </message>
    <message>
        <source>Unicode</source>
        <translation>Unicode</translation>
    </message>
    <message>
        <source>Characters: %1</source>
        <translation>Χαρακτήρες: %1</translation>
    </message>
    <message>
        <source>SMS parts: %1</source>
        <translation>Τμήματα SMS: %1</translation>
    </message>
    <message>
        <source>%1, %2 per part</source>
        <translation>%1, %2 ανά τμήμα</translation>
    </message>
    <message>
        <source>%1 left in this part</source>
        <translation>Απομένουν %1 σε αυτό το τμήμα</translation>
    </message>
    <message>
        <source>Characters: %1 of %2</source>
        <translation>Χαρακτήρες: %1 από %2</translation>
    </message>
    <message>
        <source>the external system</source>
        <translation>το εξωτερικό σύστημα</translation>
    </message>
    <message>
        <source>Too long for %1: it accepts %2 characters, this is %3 over.</source>
        <translation>Πολύ μεγάλο για %1: δέχεται %2 χαρακτήρες και το κείμενο τους υπερβαίνει κατά %3.</translation>
    </message>
    <message>
        <source>Over the character limit</source>
        <translation>Υπέρβαση του ορίου χαρακτήρων</translation>
    </message>
</context>
<context>
    <name>commdesk::TemplatePicker</name>
    <message>
        <source>No template</source>
        <translation>Χωρίς πρότυπο</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Πρότυπο</translation>
    </message>
    <message>
        <source>Template list status</source>
        <translation>Κατάσταση λίστας προτύπων</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Φόρτωση…</translation>
    </message>
</context>
<context>
    <name>commdesk::TemplatePreviewPanel</name>
    <message>
        <source>Preview with the placeholders filled in</source>
        <translation>Προεπισκόπηση με συμπληρωμένες τις μεταβλητές</translation>
    </message>
    <message>
        <source>Placeholder warning</source>
        <translation>Προειδοποίηση για τις μεταβλητές</translation>
    </message>
    <message>
        <source>Look up the contact to see the placeholders filled in.</source>
        <translation>Αναζητήστε την επαφή για να δείτε τις μεταβλητές συμπληρωμένες.</translation>
    </message>
    <message>
        <source>Empty for %1: %2. The text will have a gap there.</source>
        <translation>Χωρίς τιμή για %1: %2. Το κείμενο θα έχει κενό σε αυτά τα σημεία.</translation>
    </message>
    <message>
        <source>Not filled in by the server: %1.</source>
        <translation>Δεν συμπληρώθηκαν από τον διακομιστή: %1.</translation>
    </message>
</context>
<context>
    <name>commdesk::UnrestrictedParameterTable</name>
    <message>
        <source>Add parameter</source>
        <translation>Προσθήκη παραμέτρου</translation>
    </message>
    <message>
        <source>Remove parameter</source>
        <translation>Αφαίρεση παραμέτρου</translation>
    </message>
    <message>
        <source>Unrestricted parameters</source>
        <translation>Ελεύθερες παράμετροι</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Τύπος</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Τιμή</translation>
    </message>
    <message>
        <source>Add an unrestricted parameter</source>
        <translation>Προσθήκη ελεύθερης παραμέτρου</translation>
    </message>
    <message>
        <source>Remove the selected unrestricted parameter</source>
        <translation>Αφαίρεση της επιλεγμένης ελεύθερης παραμέτρου</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Κείμενο</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Αριθμός</translation>
    </message>
    <message>
        <source>Whole number</source>
        <translation>Ακέραιος αριθμός</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ημερομηνία</translation>
    </message>
    <message>
        <source>Type of parameter %1</source>
        <translation>Τύπος παραμέτρου %1</translation>
    </message>
</context>
<context>
    <name>commdesk::accessibility</name>
    <message>
        <source>Clear</source>
        <translation>Καθαρισμός</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>Περισσότερες ενέργειες</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A desktop client for CRM.COM communications.</source>
        <translation>Εφαρμογή επιφάνειας εργασίας για τις επικοινωνίες του CRM.COM.</translation>
    </message>
    <message>
        <source>The CRM.COM server to sign in to.</source>
        <translation>Ο διακομιστής CRM.COM στον οποίο θα γίνει η σύνδεση.</translation>
    </message>
    <message>
        <source>Run against the embedded CRM.COM sandbox, signed in as the demo user.</source>
        <translation>Εκτέλεση με το ενσωματωμένο περιβάλλον δοκιμών (sandbox) του CRM.COM, με σύνδεση ως χρήστης επίδειξης.</translation>
    </message>
    <message>
        <source>Start the sandbox over with fresh demo data.</source>
        <translation>Επανεκκίνηση του περιβάλλοντος δοκιμών με νέα δεδομένα επίδειξης.</translation>
    </message>
    <message>
        <source>Starting the sandbox…</source>
        <translation>Εκκίνηση του περιβάλλοντος δοκιμών…</translation>
    </message>
    <message>
        <source>Sandbox running at %1</source>
        <translation>Το περιβάλλον δοκιμών εκτελείται στο %1</translation>
    </message>
    <message>
        <source>CommDesk</source>
        <translation>CommDesk</translation>
    </message>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation>Δεν ήταν δυνατή η εκκίνηση του περιβάλλοντος δοκιμών: %1</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>Σύνδεση στο %1…</translation>
    </message>
    <message>
        <source>CommDesk is already running; the request was passed to it.</source>
        <translation>Το CommDesk εκτελείται ήδη· το αίτημα του διαβιβάστηκε.</translation>
    </message>
    <message>
        <source>A commdesk:// link to open, e.g. commdesk://communication/CM004902.</source>
        <translation>Ένας σύνδεσμος commdesk:// προς άνοιγμα, π.χ. commdesk://communication/CM004902.</translation>
    </message>
</context>
</TS>
