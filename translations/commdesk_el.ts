<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="el_GR">
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
        <source>Something required is missing: %1</source>
        <translation>Λείπει κάτι υποχρεωτικό: %1</translation>
    </message>
    <message>
        <source>The server refused a value: %1</source>
        <translation>Ο διακομιστής απέρριψε μια τιμή: %1</translation>
    </message>
    <message>
        <source>Not found: %1</source>
        <translation>Δεν βρέθηκε: %1</translation>
    </message>
    <message>
        <source>This is not allowed in the current state: %1</source>
        <translation>Αυτό δεν επιτρέπεται στην τρέχουσα κατάσταση: %1</translation>
    </message>
    <message>
        <source>The server reported an error (%1).</source>
        <translation>Ο διακομιστής ανέφερε σφάλμα (%1).</translation>
    </message>
    <message>
        <source>The server reported an error: %1</source>
        <translation>Ο διακομιστής ανέφερε σφάλμα: %1</translation>
    </message>
</context>
<context>
    <name>CliParser</name>
    <message>
        <source>Give either --password-stdin or --api-key-stdin, not both: standard input holds one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a command: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1 %2&quot;: the %1 commands are %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs FIELD=VALUE naming what it acts on, e.g. %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --%1 does not apply to &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --profile needs the name of a profile of the CommDesk app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No server given: use --server URL, --profile NAME or the COMMDESK_SERVER environment variable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliProfiles</name>
    <message>
        <source>There is no profile named &quot;%1&quot;: %2 holds no profiles; create one in the CommDesk sign-in dialog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;: the profiles are %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliUsage</name>
    <message>
        <source>Run &apos;commdesk-cli --help&apos; for usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: commdesk-cli --server URL --username U --organisation O [--unit ID] [--password-stdin]
                    [--api-key-stdin] [--timeout SECONDS] [--json] [--verbose] COMMAND ...
       commdesk-cli --profile NAME [options] COMMAND ...

The CRM.COM communications API from a terminal. Options may stand before or after the command.

Commands:
  communications list (--category F=V | --contact F=V) [--direction D] [--media M]
                      [--limit N] [--offset N] [--fields a,b]
  communications show F=V [--fields a,b]          (e.g. number=CM000680)
  communications create --contact F=V [--template F=V] [--category F=V] [--external-system F=V]
                      [--direction D] [--media M] [--subject S] [--content C | --content-file PATH]
                      [--to T] [--notes N] [--draft]
  communications update F=V [the options of create but --contact; an empty value clears]
  communications complete F=V
  communications view F=V [--on DATE]             (DATE in ISO 8601; default now)
  categories
  templates [--direction D] [--media M] [--category F=V] [--external-system F=V]
  external-systems
  queue list (--media M | --external-system F=V) [--state S] [--contact F=V]
             [--limit N] [--offset N] [--fields a,b]
  queue show F=V
  queue pending (--media M | --external-system F=V) [--contact F=V] --number N
  queue pending-completed (--media M | --external-system F=V) [--contact F=V] [--number N]
  queue complete F=V
  queue reject F=V --code C --description D
  queue remove F=V
  queue stats (--media M | --external-system F=V | --all)
  queue check [--max-pending N] [--max-oldest-pending SECONDS] [--max-reject-ratio R]
              [--warn-pending N] [--warn-oldest-pending SECONDS] [--warn-reject-ratio R]

F=V names one entity by one field, e.g. number=CM000680, id=0A1B..., name=Billing.
D: INCOMING, OUTGOING.  M: EMAIL, SMS, PHONE, LETTER, FACE_TO_FACE.
S: PENDING, COMPLETED, REJECTED, COMPLETED_AND_REMOVED.  Any letter case is accepted.

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

queue check: --max-* are the CRITICAL limits; WARNING is above --warn-*, by default 80% of
--max-*. It prints one status line with perfdata and exits 0 OK, 1 WARNING, 2 CRITICAL,
3 UNKNOWN.

Exit status: 0 success, 1 the server answered with an error, 2 usage, 3 network, TLS or
timeout, 4 an answer that could not be understood.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandArgumentsReader</name>
    <message>
        <source>&quot;%1&quot; needs --%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to update: give at least one option such as --subject or --notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a non-empty --code and --description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --category or --contact to &quot;%1&quot;, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs --category or --contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --content or --content-file, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --media or --external-system to &quot;%1&quot;, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs --media or --external-system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs --media, --external-system or --all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give only one of --media, --external-system and --all to &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must not be above --%2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Unknown option &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passwords are not accepted on the command line, where other users and the shell history can see them: use --password-stdin or the COMMDESK_PASSWORD environment variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets are not accepted on the command line, where other users and the shell history can see them: use --api-key-stdin or the COMMDESK_API_KEY environment variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option &quot;--%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --%1 takes no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --%1 was given more than once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComposeValidation</name>
    <message>
        <source>Name the %1 as field=value, for example %2=…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a field of a %2; use one of: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter %1: enter a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter %1: the name “%2” is used twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter %1: enter a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter %1: “%2” is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter %1: “%2” is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter %1: “%2” is not a date such as 2024-05-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how to name the contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the contact this communication is with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a direction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a media.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An e-mail needs an address to send to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address such as name@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a phone number such as +357 99 123456.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>privacy level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the number of what this communication refers to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what kind of record the number belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date such as 2024-05-31.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComposeValues</name>
    <message>
        <source>Contact number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID card number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passport number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social security number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT registration number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company registration number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialReader</name>
    <message>
        <source>No API key could be read from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password could be read from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password given: pipe it to --password-stdin or set COMMDESK_PASSWORD (or use an API key with --api-key-stdin or COMMDESK_API_KEY).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No username given: use --username or the COMMDESK_USERNAME environment variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No organisation given: use --organisation or the COMMDESK_ORGANISATION environment variable.</source>
        <translation type="unfinished"></translation>
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
</context>
<context>
    <name>OptionReader</name>
    <message>
        <source>&quot;%1&quot; is not a valid value for --%2: use one of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 expects FIELD=VALUE, e.g. %2, not &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot use the field &quot;%2&quot;: use one of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --%1 needs a whole number of at least %2, not &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --%1 needs a number from 0 to 1, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --%1 needs an ISO 8601 date such as 2017-05-22T12:42:03+03:00, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; could not be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is not UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueCheck</name>
    <message>
        <source>%1 (critical above %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (warning above %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oldest %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reject ratio %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueStatsReport</name>
    <message>
        <source>SOURCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OLDEST_PENDING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REJECT_RATIO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueSummary</name>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TlsPolicy</name>
    <message>
        <source>The CA bundle %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA bundle %1 holds no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>commdesk::AccountController</name>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;witch profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;twork settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Diagnostic log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy %1 asks for a user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not signed in. Sign in again (File &gt; Switch profile…) to carry on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>commdesk::ActionJournalDialog</name>
    <message>
        <source>Queue action journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the action journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>commdesk::ApiClient</name>
    <message>
        <source>Enter the address of the CRM.COM server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address must start with http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No server address has been set.</source>
        <translation type="unfinished"></translation>
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
        <source>Find &amp;contact by</source>
        <translation>Εύρεση &amp;επαφής με</translation>
    </message>
    <message>
        <source>&amp;Recent contacts</source>
        <translation>Π&amp;ρόσφατες επαφές</translation>
    </message>
    <message>
        <source>C&amp;ategories</source>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untrusted certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 could not be verified. Someone may be intercepting the connection, or the server uses a certificate your system does not know. Compare the fingerprint with the one your IT department gives you before trusting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust this certificate for this server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>commdesk::CliApplication</name>
    <message>
        <source>The keychain cannot be reached (%2), so the API key of profile &quot;%1&quot; cannot be read from it: pipe it to --api-key-stdin or set COMMDESK_API_KEY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no keychain service was found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain cannot be reached (%2), so the password of profile &quot;%1&quot; cannot be read from it: pipe it to --password-stdin or set COMMDESK_PASSWORD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused the API key of profile &quot;%1&quot; (%2): pipe it to --api-key-stdin or set COMMDESK_API_KEY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused the password of profile &quot;%1&quot; (%2): pipe it to --password-stdin or set COMMDESK_PASSWORD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain holds no API key for profile &quot;%1&quot;: pipe it to --api-key-stdin or set COMMDESK_API_KEY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain holds no password for profile &quot;%1&quot;: pipe it to --password-stdin or set COMMDESK_PASSWORD.</source>
        <translation type="unfinished"></translation>
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
        <translation>Αντιγραφή &amp;αριθμού</translation>
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
</context>
<context>
    <name>commdesk::CommunicationsRunner</name>
    <message>
        <source>NUMBER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIRECTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MEDIA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CONTACT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SUBJECT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a communications command.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>commdesk::ComposeDialog</name>
    <message>
        <source>Sa&amp;ve as draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete the communication (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as a draft to finish later (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New communication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft could not be loaded again, so it may be incomplete: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is completed: only drafts can be edited (notes aside).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent: please check the marked fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed since the draft was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft %1 saved at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused it: see the marked field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the server&apos;s answer; close again once it has come.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This communication has changes that are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save it as a draft to finish later, or discard the changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered what was typed before CommDesk closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last attempt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled communication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the server&apos;s version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took the version on the server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>commdesk::ComposeEditor</name>
    <message>
        <source>No category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail address or phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medi&amp;a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Queue external system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cont&amp;ent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished">Επαφή</translation>
    </message>
    <message>
        <source>The templates could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The categories could not be loaded: %1</source>
        <translation type="unfinished">Δεν ήταν δυνατή η φόρτωση των κατηγοριών: %1</translation>
    </message>
    <message>
        <source>The external systems could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>commdesk::ConfigurationRunner</name>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PARENT_ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALTERNATIVE_CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIRECTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MEDIA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CATEGORY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SUBJECT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHARACTER_LIMIT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a configuration command.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>commdesk::ConflictDialog</name>
    <message>
        <source>Subject: %1
To: %2
Notes: %3

%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone changed %1 since you began editing it. Which version should stay?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep my version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the server&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the server (by %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>commdesk::ConnectionStatus</name>
    <message>
        <source>API key</source>
        <translation>κλειδί API</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact identified by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished">Επαφή</translation>
    </message>
    <message>
        <source>e.g. CI000111</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up the contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>commdesk::DiagnosticLogDialog</name>
    <message>
        <source>Diagnostic log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last %1 requests and errors. Tokens, passwords and API keys are removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the diagnostic log</source>
        <translation type="unfinished"></translation>
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
        <source>&amp;Find in list</source>
        <translation>Ανα&amp;ζήτηση στη λίστα</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Αρχείο</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Έ&amp;ξοδος</translation>
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
    <message numerus="yes">
        <source>%n communication(s) typed before CommDesk closed can be opened under “Not yet sent”.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. name=Internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number, e.g. CM000680</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;More: group, privacy, references, user-defined fields, parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show more fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owned &amp;by group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privac&amp;y level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refers to a record of kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of the record it refers to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fers to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User-defined text %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 12.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User-defined number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User-defined date %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unrestricted &amp;parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide more fields</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>commdesk::OutboxPanel</name>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet sent: recovered drafts and the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or edit the selected item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try sending the outbox now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the selected item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not &amp;yet sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>being edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting (will check first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typed before CommDesk closed, last kept %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>, %n attempt(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard “%1”? What was typed will be lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>commdesk::ProxySettingsDialog</name>
    <message>
        <source>Network settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the system&apos;s proxy settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOCKS5 proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept until CommDesk quits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>commdesk::QueueActionDialog</name>
    <message numerus="yes">
        <source>%n pending entries will be marked COMPLETED, as if the external system had delivered them. The external system will no longer see them as pending.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending entries will be marked REJECTED with the error below. They will not be delivered; you can resend a corrected communication afterwards.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries will be marked COMPLETED_AND_REMOVED: taken out of the queue for good. A pending one will never be delivered.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Complete queue entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject queue entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove queue entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Error code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the external system should have said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error &amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (kept in the action journal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>commdesk::QueueActionRunner</name>
    <message>
        <source>%1 is not in a state that allows this.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>commdesk::QueueAlertSettingsDialog</name>
    <message>
        <source>Queue alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending backlog limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest pending age limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject ratio limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An alert (a banner and a desktop notification) is raised once when a measure goes above its limit, and again only after it has been back below for a while.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than this many &amp;pending entries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Oldest pending entry waiting longer than:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reject ratio (recent) above:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>commdesk::QueueAlerts</name>
    <message numerus="yes">
        <source>%n entries are pending (limit %1).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The oldest pending entry has waited %1 (limit %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% of recent entries were rejected (limit %2%).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>commdesk::QueueChartsView</name>
    <message>
        <source>Pending backlog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed and rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished">Σε αναμονή</translation>
    </message>
    <message>
        <source>Pending backlog chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed and rejected chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;History&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished">Ολοκληρωμένη</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished">Απορρίφθηκε</translation>
    </message>
    <message>
        <source>per 5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed and rejected %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>commdesk::QueueEntryDetailView</name>
    <message>
        <source>Queue entry details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entry selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:gray&apos;&gt;Select a queue entry to see it and its communication.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished">Κατάσταση</translation>
    </message>
    <message>
        <source>Media</source>
        <translation type="unfinished">Μέσο</translation>
    </message>
    <message>
        <source>External system</source>
        <translation type="unfinished">Εξωτερικό σύστημα</translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished">Δημιουργήθηκε</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communication</source>
        <translation type="unfinished">Επικοινωνία</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished">Επαφή</translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished">Προς</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished">Θέμα</translation>
    </message>
    <message>
        <source>The communication could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading communication %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>commdesk::QueueEntryModel</name>
    <message>
        <source>Number</source>
        <translation type="unfinished">Αριθμός</translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished">Κατάσταση</translation>
    </message>
    <message>
        <source>Media</source>
        <translation type="unfinished">Μέσο</translation>
    </message>
    <message>
        <source>External system</source>
        <translation type="unfinished">Εξωτερικό σύστημα</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished">Επαφή</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished">Θέμα</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished">Δημιουργήθηκε</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>commdesk::QueueMonitorWidget</name>
    <message numerus="yes">
        <source>%n actions failed: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>CommDesk queue monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished">&amp;Ανανέωση</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Complete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;send…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open communication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action &amp;journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Alerts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every %1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By media and external system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media or external system filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished">Επαφή</translation>
    </message>
    <message>
        <source>Contact filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error code filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejections by error code</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending — stuck: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The figures below are from %1 and may be out of date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No figures yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queue could not be read: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished">Ξανά</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished">Φόρτωση…</translation>
    </message>
    <message>
        <source>Not updated yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Updated %n seconds ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Updated %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (stale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished">κλειδί API</translation>
    </message>
    <message>
        <source>resent as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CommDesk queue alert</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>commdesk::QueueRunner</name>
    <message>
        <source>NUMBER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MEDIA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COMMUNICATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CONTACT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXTERNAL_SYSTEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a queue command.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>commdesk::QueueSummaryModel</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stuck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries are waiting and none has been completed or rejected for a while.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished">Σε αναμονή</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished">Ολοκληρωμένη</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished">Απορρίφθηκε</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done/min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected/min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>commdesk::RejectionGroupModel</name>
    <message>
        <source>(no code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>commdesk::SecretStore</name>
    <message>
        <source>no keychain service was found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not remembered: this system has no keychain to keep it safely (%1). You will be asked for it at the next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not remembered: the keychain refused to keep it (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>commdesk::SignInDialog</name>
    <message>
        <source>Sign in with a web &amp;API key instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to CRM.COM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name for this server and account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: a PEM file of your organisation&apos;s certificate authorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with a web API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate authority bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rofile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business &amp;unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA &amp;bundle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passwords and API keys cannot be remembered: this system has no keychain (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session with the server has ended. Sign in again to carry on: everything you have open stays as it is, and what could not be done is tried again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember the API key in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: this address starts with http://, so your password or API key and everything you read would travel unencrypted. Use https:// unless your IT department says otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the web API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your username, password and organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No CRM.COM server answered at this address. Check the address and your network connection. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something answered at this address, but it does not look like a CRM.COM server. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused this API key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>commdesk::SmsCounterLabel</name>
    <message>
        <source>Message length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GSM-7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unicode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS parts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 per part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left in this part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the external system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too long for %1: it accepts %2 characters, this is %3 over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over the character limit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>commdesk::TemplatePicker</name>
    <message>
        <source>No template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished">Πρότυπο</translation>
    </message>
    <message>
        <source>Template list status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished">Φόρτωση…</translation>
    </message>
</context>
<context>
    <name>commdesk::TemplatePreviewPanel</name>
    <message>
        <source>Preview with the placeholders filled in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placeholder warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up the contact to see the placeholders filled in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty for %1: %2. The text will have a gap there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not filled in by the server: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>commdesk::UnrestrictedParameterTable</name>
    <message>
        <source>Add parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unrestricted parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an unrestricted parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected unrestricted parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished">Αριθμός</translation>
    </message>
    <message>
        <source>Whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished">Ημερομηνία</translation>
    </message>
    <message>
        <source>Type of parameter %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>commdesk::UnsentWork</name>
    <message>
        <source>This item is being sent or checked; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent from the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not be reached: the communication waits in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft %1 saved.</source>
        <translation>Το πρόχειρο %1 αποθηκεύτηκε.</translation>
    </message>
    <message>
        <source>%1 sent.</source>
        <translation>Η %1 στάλθηκε.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A desktop client for CRM.COM communications.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CRM.COM server to sign in to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run against the embedded CRM.COM sandbox, signed in as the demo user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the sandbox over with fresh demo data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the sandbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox running at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CommDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
