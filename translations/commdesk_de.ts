<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccountLock</name>
    <message>
        <source>%1 (process %2) on %3</source>
        <translation>%1 (Prozess %2) auf %3</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>diesem Computer</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The request was sent, but no answer came back (%1). It may have been carried out: check before sending it again.</source>
        <translation>Die Anfrage wurde gesendet, aber es kam keine Antwort zurück (%1). Sie wurde möglicherweise ausgeführt: Prüfen Sie dies, bevor Sie sie erneut senden.</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>keine Antwort in der vorgegebenen Zeit</translation>
    </message>
    <message>
        <source>The proxy server wants a user name and password. Enter them in the proxy settings.</source>
        <translation>Der Proxy-Server verlangt einen Benutzernamen und ein Passwort. Geben Sie diese in den Proxy-Einstellungen ein.</translation>
    </message>
    <message>
        <source>The server could not be reached (%1).</source>
        <translation>Der Server konnte nicht erreicht werden (%1).</translation>
    </message>
    <message>
        <source>The server took too long to answer.</source>
        <translation>Der Server hat zu lange für die Antwort gebraucht.</translation>
    </message>
    <message>
        <source>The secure connection to the server failed: %1.</source>
        <translation>Die sichere Verbindung zum Server ist fehlgeschlagen: %1.</translation>
    </message>
    <message>
        <source>The server answered with HTTP error %1.</source>
        <translation>Der Server hat mit dem HTTP-Fehler %1 geantwortet.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was too large to accept (%1).</source>
        <translation>Die Antwort des Servers war zu groß, um angenommen zu werden (%1).</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be understood (%1).</source>
        <translation>Die Antwort des Servers konnte nicht verstanden werden (%1).</translation>
    </message>
    <message>
        <source>Your session has expired or is no longer valid. Please sign in again.</source>
        <translation>Ihre Sitzung ist abgelaufen oder nicht mehr gültig. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The username, password or organisation is not correct.</source>
        <translation>Benutzername, Passwort oder Organisation sind nicht korrekt.</translation>
    </message>
    <message>
        <source>The server reported an error (%1).</source>
        <translation>Der Server hat einen Fehler gemeldet (%1).</translation>
    </message>
    <message>
        <source>Something required is missing.</source>
        <translation>Etwas Erforderliches fehlt.</translation>
    </message>
    <message>
        <source>Something required is missing: “%1”</source>
        <translation>Etwas Erforderliches fehlt: „%1“</translation>
    </message>
    <message>
        <source>The server refused a value.</source>
        <translation>Der Server hat einen Wert abgelehnt.</translation>
    </message>
    <message>
        <source>The server refused a value: “%1”</source>
        <translation>Der Server hat einen Wert abgelehnt: „%1“</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>Nicht gefunden.</translation>
    </message>
    <message>
        <source>Not found: “%1”</source>
        <translation>Nicht gefunden: „%1“</translation>
    </message>
    <message>
        <source>This is not allowed in the current state.</source>
        <translation>Das ist im aktuellen Zustand nicht erlaubt.</translation>
    </message>
    <message>
        <source>This is not allowed in the current state: “%1”</source>
        <translation>Das ist im aktuellen Zustand nicht erlaubt: „%1“</translation>
    </message>
    <message>
        <source>The server reported an error: “%1”</source>
        <translation>Der Server hat einen Fehler gemeldet: „%1“</translation>
    </message>
</context>
<context>
    <name>CliParser</name>
    <message>
        <source>The option --profile needs the name of a profile of the CommDesk app.</source>
        <translation>Die Option --profile benötigt den Namen eines Profils der CommDesk-App.</translation>
    </message>
    <message>
        <source>Give either --password-stdin or --api-key-stdin, not both: standard input holds one line.</source>
        <translation>Geben Sie entweder --password-stdin oder --api-key-stdin an, nicht beides: Die Standardeingabe enthält nur eine Zeile.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Kein Befehl angegeben.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a command: %2.</source>
        <translation>„%1“ benötigt einen Befehl: %2.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1 %2&quot;: the %1 commands are %3.</source>
        <translation>Unbekannter Befehl „%1 %2“: Die %1-Befehle sind %3.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs FIELD=VALUE naming what it acts on, e.g. %2.</source>
        <translation>„%1“ benötigt FELD=WERT, um anzugeben, worauf er sich bezieht, z. B. %2.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>The option --%1 does not apply to &quot;%2&quot;.</source>
        <translation>Die Option --%1 gilt nicht für „%2“.</translation>
    </message>
    <message>
        <source>No server given: use --server URL, --profile NAME or the COMMDESK_SERVER environment variable.</source>
        <translation>Kein Server angegeben: Verwenden Sie --server URL, --profile NAME oder die Umgebungsvariable COMMDESK_SERVER.</translation>
    </message>
</context>
<context>
    <name>CliProfiles</name>
    <message>
        <source>There is no profile named &quot;%1&quot;: %2 holds no profiles; create one in the CommDesk sign-in dialog.</source>
        <translation>Es gibt kein Profil namens „%1“: %2 enthält keine Profile; legen Sie eines im Anmeldedialog von CommDesk an.</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;: the profiles are %2.</source>
        <translation>Es gibt kein Profil namens „%1“: Die Profile sind %2.</translation>
    </message>
</context>
<context>
    <name>CliUsage</name>
    <message>
        <source>Run &apos;commdesk-cli --help&apos; for usage.</source>
        <translation>Rufen Sie „commdesk-cli --help“ auf, um die Verwendung anzuzeigen.</translation>
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
        <translation>Aufruf: commdesk-cli --server URL --username U --organisation O [--unit ID] [--password-stdin]
                     [--api-key-stdin] [--timeout SEKUNDEN] [--json] [--verbose] BEFEHL ...
        commdesk-cli --profile NAME [Optionen] BEFEHL ...

Die Kommunikations-API von CRM.COM im Terminal. Optionen dürfen vor oder nach dem Befehl stehen.

Befehle:
  communications list (--category F=V | --contact F=V) [--direction D] [--media M]
                      [--limit N] [--offset N] [--fields a,b] [--all] [--csv]
  communications show F=V [--fields a,b]          (z. B. number=CM000680)
  communications create --contact F=V [--template F=V] [--category F=V] [--external-system F=V]
                      [--group F=V] [--privacy-level F=V]
                      [--direction D] [--media M] [--subject S] [--content C | --content-file PFAD]
                      [--to T] [--notes N] [--draft]
                      [--udf-string-1..8 TEXT] [--udf-float-1..4 ZAHL] [--udf-date-1..4 DATUM]
                      [--referring-to ENTITÄT:F=V] [--parameter NAME:TYP=WERT ...]
  communications update F=V [die Optionen von create außer --contact; ein leerer Wert löscht]
                      [--update-parameter NAME:TYP=WERT ...] [--remove-parameter F=V ...]
  communications complete F=V
  communications view F=V [--on DATUM]            (DATUM in ISO 8601; Standard: jetzt)
  contacts show F=V [--fields a,b]                (z. B. number=CI000111, id_number=800111)
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
  queue check [--max-pending N] [--max-oldest-pending SEKUNDEN] [--max-reject-ratio R]
              [--warn-pending N] [--warn-oldest-pending SEKUNDEN] [--warn-reject-ratio R]
              [--window MINUTEN]
  queue serve-metrics --listen HOST:PORT [--interval SEKUNDEN]
                      (OpenMetrics für Prometheus unter /metrics; standardmäßig alle 15 s eine Abfrage)

F=V (Feld=Wert) bezeichnet eine Entität über ein Feld, z. B. number=CM000680, id=0A1B..., name=Billing.
D: INCOMING, OUTGOING.  M: EMAIL, SMS, PHONE, LETTER, FACE_TO_FACE.
S: PENDING, COMPLETED, REJECTED, COMPLETED_AND_REMOVED.  Groß-/Kleinschreibung ist beliebig.
--referring-to JOBS:number=J000123 gibt über ID oder Nummer an, worauf sich die Kommunikation bezieht;
ENTITÄT: %1.
--parameter colour:string=blue fügt einen freien Parameter hinzu; TYP ist STRING, FLOAT,
INTEGER oder DATE. --update-parameter ändert den Parameter mit diesem Namen, --remove-parameter
entfernt einen über ID, Schlüssel oder Namen. Jede dieser Optionen darf mehrfach angegeben werden.

Optionen:
  --server URL         der CRM.COM-Server (oder COMMDESK_SERVER)
  --profile NAME       ein Serverprofil der CommDesk-App: Server, Benutzername,
                       Organisation, Einheit und Zertifikate; angegebene Optionen haben Vorrang.
                       Das Geheimnis stammt aus dem Schlüsselbund, sofern nicht wie unten angegeben.
                       COMMDESK_SETTINGS=PFAD liest die Profile aus einer anderen Einstellungsdatei.
  --username U         (oder COMMDESK_USERNAME)
  --organisation O     (oder COMMDESK_ORGANISATION)
  --unit ID            (oder COMMDESK_UNIT)
  --password-stdin     das Passwort aus der ersten Zeile der Standardeingabe lesen
  --api-key-stdin      einen Web-API-Schlüssel aus der ersten Zeile der Standardeingabe lesen
                       Ohne beide: COMMDESK_API_KEY, sonst COMMDESK_PASSWORD.
                       Geheimnisse werden nie als Befehlszeilenoptionen angenommen.
  --timeout SEKUNDEN   die Gesamtfrist jeder Anfrage (Standard: 30)
  --json               Ergebnisse als ein einziges JSON-Dokument ausgeben
  --verbose            Diagnosemeldungen auf die Standardfehlerausgabe durchlassen
                       (Geheimnisse bleiben unkenntlich gemacht)
  --help, --version

communications list: --all liest alle Seiten (--limit ist dann die Seitengröße, standardmäßig 500);
--csv gibt statt einer Tabelle CSV für Tabellenkalkulationen aus (UTF-8, Formeln entschärft).

queue check: --max-* sind die CRITICAL-Grenzen; WARNING gilt oberhalb von --warn-*, standardmäßig
80 % von --max-*. Gibt eine Statuszeile mit Perfdata aus und endet mit 0 OK, 1 WARNING, 2 CRITICAL,
3 UNKNOWN.

Exit-Status: 0 Erfolg, 1 der Server hat mit einem Fehler geantwortet, 2 Aufruffehler, 3 Netzwerk,
TLS oder Zeitüberschreitung, 4 eine Antwort, die nicht verstanden werden konnte.
</translation>
    </message>
</context>
<context>
    <name>CommandArgumentsReader</name>
    <message>
        <source>--listen wants HOST:PORT with an address or localhost, e.g. 127.0.0.1:9464; &quot;%1&quot; is not.</source>
        <translation>--listen erwartet HOST:PORT mit einer Adresse oder localhost, z. B. 127.0.0.1:9464; „%1“ ist das nicht.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs --%2.</source>
        <translation>„%1“ benötigt --%2.</translation>
    </message>
    <message>
        <source>Give either --csv or --json, not both.</source>
        <translation>Geben Sie entweder --csv oder --json an, nicht beides.</translation>
    </message>
    <message>
        <source>--csv writes its own columns: leave out --fields.</source>
        <translation>--csv schreibt eigene Spalten: Lassen Sie --fields weg.</translation>
    </message>
    <message>
        <source>Nothing to update: give at least one option such as --subject or --notes.</source>
        <translation>Nichts zu aktualisieren: Geben Sie mindestens eine Option wie --subject oder --notes an.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a non-empty --code and --description.</source>
        <translation>„%1“ benötigt ein nicht leeres --code und --description.</translation>
    </message>
    <message>
        <source>Give either --category or --contact to &quot;%1&quot;, not both.</source>
        <translation>Geben Sie für „%1“ entweder --category oder --contact an, nicht beides.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs --category or --contact.</source>
        <translation>„%1“ benötigt --category oder --contact.</translation>
    </message>
    <message>
        <source>Give either --media or --external-system to &quot;%1&quot;, not both.</source>
        <translation>Geben Sie für „%1“ entweder --media oder --external-system an, nicht beides.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs --media or --external-system.</source>
        <translation>„%1“ benötigt --media oder --external-system.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs --media, --external-system or --all.</source>
        <translation>„%1“ benötigt --media, --external-system oder --all.</translation>
    </message>
    <message>
        <source>Give only one of --media, --external-system and --all to &quot;%1&quot;.</source>
        <translation>Geben Sie für „%1“ nur eine der Optionen --media, --external-system und --all an.</translation>
    </message>
    <message>
        <source>--%1 must not be above --%2.</source>
        <translation>--%1 darf nicht größer als --%2 sein.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Unknown option &quot;%1&quot;.</source>
        <translation>Unbekannte Option „%1“.</translation>
    </message>
    <message>
        <source>Passwords are not accepted on the command line, where other users and the shell history can see them: use --password-stdin or the COMMDESK_PASSWORD environment variable.</source>
        <translation>Passwörter werden auf der Befehlszeile nicht angenommen, da andere Benutzer und der Shell-Verlauf sie dort sehen können: Verwenden Sie --password-stdin oder die Umgebungsvariable COMMDESK_PASSWORD.</translation>
    </message>
    <message>
        <source>Secrets are not accepted on the command line, where other users and the shell history can see them: use --api-key-stdin or the COMMDESK_API_KEY environment variable.</source>
        <translation>Geheimnisse werden auf der Befehlszeile nicht angenommen, da andere Benutzer und der Shell-Verlauf sie dort sehen können: Verwenden Sie --api-key-stdin oder die Umgebungsvariable COMMDESK_API_KEY.</translation>
    </message>
    <message>
        <source>Unknown option &quot;--%1&quot;.</source>
        <translation>Unbekannte Option „--%1“.</translation>
    </message>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation>Die Option --%1 benötigt einen Wert.</translation>
    </message>
    <message>
        <source>The option --%1 takes no value.</source>
        <translation>Die Option --%1 nimmt keinen Wert an.</translation>
    </message>
    <message>
        <source>The option --%1 was given more than once.</source>
        <translation>Die Option --%1 wurde mehr als einmal angegeben.</translation>
    </message>
</context>
<context>
    <name>CommunicationInputReader</name>
    <message>
        <source>Give either --content or --content-file, not both.</source>
        <translation>Geben Sie entweder --content oder --content-file an, nicht beides.</translation>
    </message>
    <message>
        <source>The option --referring-to expects ENTITY:FIELD=VALUE, e.g. JOBS:%1, not &quot;%2&quot;.</source>
        <translation>Die Option --referring-to erwartet ENTITÄT:FELD=WERT, z. B. JOBS:%1, nicht „%2“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an entity that --referring-to knows: use one of %2.</source>
        <translation>„%1“ ist keine Entität, die --referring-to kennt: Verwenden Sie eine von %2.</translation>
    </message>
    <message>
        <source>The option --%1 expects NAME:TYPE=VALUE, e.g. colour:string=blue, not &quot;%2&quot;.</source>
        <translation>Die Option --%1 erwartet NAME:TYP=WERT, z. B. colour:string=blue, nicht „%2“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a parameter type that --%2 knows: use one of %3.</source>
        <translation>„%1“ ist kein Parametertyp, den --%2 kennt: Verwenden Sie einen von %3.</translation>
    </message>
    <message>
        <source>a number such as 2.5</source>
        <translation>eine Zahl wie 2.5</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>an ISO 8601 date such as 2017-05-22</source>
        <translation>ein ISO-8601-Datum wie 2017-05-22</translation>
    </message>
    <message>
        <source>The option --%1 needs %2 as the value of the %3 parameter &quot;%4&quot;, not &quot;%5&quot;.</source>
        <translation>Die Option --%1 benötigt %2 als Wert des %3-Parameters „%4“, nicht „%5“.</translation>
    </message>
</context>
<context>
    <name>ComposeValidation</name>
    <message>
        <source>Name the %1 as field=value, for example %2=…</source>
        <translation>Geben Sie die %1 als Feld=Wert an, zum Beispiel %2=…</translation>
    </message>
    <message>
        <source>“%1” is not a field of a %2; use one of: %3</source>
        <translation>„%1“ ist kein Feld des Typs „%2“; verwenden Sie eines von: %3</translation>
    </message>
    <message>
        <source>Parameter %1: enter a name.</source>
        <translation>Parameter %1: Geben Sie einen Namen ein.</translation>
    </message>
    <message>
        <source>Parameter %1: the name “%2” is used twice.</source>
        <translation>Parameter %1: Der Name „%2“ wird zweimal verwendet.</translation>
    </message>
    <message>
        <source>Parameter %1: enter a value.</source>
        <translation>Parameter %1: Geben Sie einen Wert ein.</translation>
    </message>
    <message>
        <source>Parameter %1: “%2” is not a number.</source>
        <translation>Parameter %1: „%2“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>Parameter %1: “%2” is not a whole number.</source>
        <translation>Parameter %1: „%2“ ist keine ganze Zahl.</translation>
    </message>
    <message>
        <source>Parameter %1: “%2” is not a date such as 2024-05-31.</source>
        <translation>Parameter %1: „%2“ ist kein Datum wie 2024-05-31.</translation>
    </message>
    <message>
        <source>Choose how to name the contact.</source>
        <translation>Wählen Sie, wie der Kontakt angegeben wird.</translation>
    </message>
    <message>
        <source>Enter the contact this communication is with.</source>
        <translation>Geben Sie den Kontakt dieser Kommunikation ein.</translation>
    </message>
    <message>
        <source>Choose a direction.</source>
        <translation>Wählen Sie eine Richtung.</translation>
    </message>
    <message>
        <source>Choose a media.</source>
        <translation>Wählen Sie ein Medium.</translation>
    </message>
    <message>
        <source>An e-mail needs an address to send to.</source>
        <translation>Eine E-Mail benötigt eine Empfängeradresse.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address such as name@example.com.</source>
        <translation>„%1“ ist keine E-Mail-Adresse wie name@example.com.</translation>
    </message>
    <message>
        <source>“%1” is not a phone number such as +357 99 123456.</source>
        <translation>„%1“ ist keine Telefonnummer wie +357 99 123456.</translation>
    </message>
    <message>
        <source>Enter a subject.</source>
        <translation>Geben Sie einen Betreff ein.</translation>
    </message>
    <message>
        <source>Enter the content.</source>
        <translation>Geben Sie den Inhalt ein.</translation>
    </message>
    <message>
        <source>group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>privacy level</source>
        <translation>Datenschutzstufe</translation>
    </message>
    <message>
        <source>Enter the number of what this communication refers to.</source>
        <translation>Geben Sie die Nummer dessen ein, worauf sich diese Kommunikation bezieht.</translation>
    </message>
    <message>
        <source>Choose what kind of record the number belongs to.</source>
        <translation>Wählen Sie, zu welcher Art von Datensatz die Nummer gehört.</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>„%1“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>“%1” is not a date such as 2024-05-31.</source>
        <translation>„%1“ ist kein Datum wie 2024-05-31.</translation>
    </message>
</context>
<context>
    <name>ComposeValues</name>
    <message>
        <source>Contact number</source>
        <translation>Kontaktnummer</translation>
    </message>
    <message>
        <source>Contact ID</source>
        <translation>Kontakt-ID</translation>
    </message>
    <message>
        <source>ID card number</source>
        <translation>Personalausweisnummer</translation>
    </message>
    <message>
        <source>Passport number</source>
        <translation>Reisepassnummer</translation>
    </message>
    <message>
        <source>Social security number</source>
        <translation>Sozialversicherungsnummer</translation>
    </message>
    <message>
        <source>VAT registration number</source>
        <translation>Umsatzsteuer-Identifikationsnummer</translation>
    </message>
    <message>
        <source>Company registration number</source>
        <translation>Handelsregisternummer</translation>
    </message>
</context>
<context>
    <name>CredentialReader</name>
    <message>
        <source>No API key could be read from standard input.</source>
        <translation>Aus der Standardeingabe konnte kein API-Schlüssel gelesen werden.</translation>
    </message>
    <message>
        <source>No password could be read from standard input.</source>
        <translation>Aus der Standardeingabe konnte kein Passwort gelesen werden.</translation>
    </message>
    <message>
        <source>No password given: pipe it to --password-stdin or set COMMDESK_PASSWORD (or use an API key with --api-key-stdin or COMMDESK_API_KEY).</source>
        <translation>Kein Passwort angegeben: Leiten Sie es per Pipe an --password-stdin weiter oder setzen Sie COMMDESK_PASSWORD (oder verwenden Sie einen API-Schlüssel mit --api-key-stdin oder COMMDESK_API_KEY).</translation>
    </message>
    <message>
        <source>No username given: use --username or the COMMDESK_USERNAME environment variable.</source>
        <translation>Kein Benutzername angegeben: Verwenden Sie --username oder die Umgebungsvariable COMMDESK_USERNAME.</translation>
    </message>
    <message>
        <source>No organisation given: use --organisation or the COMMDESK_ORGANISATION environment variable.</source>
        <translation>Keine Organisation angegeben: Verwenden Sie --organisation oder die Umgebungsvariable COMMDESK_ORGANISATION.</translation>
    </message>
</context>
<context>
    <name>DisplayText</name>
    <message>
        <source>Incoming</source>
        <translation>Eingehend</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Ausgehend</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>Face to face</source>
        <translation>Persönlich</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Completed and removed</source>
        <translation>Abgeschlossen und entfernt</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <source>Account receivable</source>
        <translation>Debitorenkonto</translation>
    </message>
    <message>
        <source>Bill</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Benachrichtigung</translation>
    </message>
    <message>
        <source>Service request</source>
        <translation>Serviceanfrage</translation>
    </message>
    <message>
        <source>Rewards participant</source>
        <translation>Prämienprogramm-Teilnehmer</translation>
    </message>
    <message>
        <source>Award transaction</source>
        <translation>Prämiengutschrift</translation>
    </message>
    <message>
        <source>Spend transaction</source>
        <translation>Prämieneinlösung</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Buy-in-advance request</source>
        <translation>Vorauskaufanfrage</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <source>Purchase customer event</source>
        <translation>Kundenereignis Kauf</translation>
    </message>
    <message>
        <source>Spend request customer event</source>
        <translation>Kundenereignis Einlösungsanfrage</translation>
    </message>
    <message>
        <source>Complete</source>
        <comment>queue action</comment>
        <translation>Abschließen</translation>
    </message>
    <message>
        <source>Reject</source>
        <comment>queue action</comment>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Remove</source>
        <comment>queue action</comment>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Resend</source>
        <comment>queue action</comment>
        <translation>Erneut senden</translation>
    </message>
</context>
<context>
    <name>OptionReader</name>
    <message>
        <source>&quot;%1&quot; is not a valid value for --%2: use one of %3.</source>
        <translation>„%1“ ist kein gültiger Wert für --%2: Verwenden Sie einen von %3.</translation>
    </message>
    <message>
        <source>%1 expects FIELD=VALUE, e.g. %2, not &quot;%3&quot;.</source>
        <translation>%1 erwartet FELD=WERT, z. B. %2, nicht „%3“.</translation>
    </message>
    <message>
        <source>%1 cannot use the field &quot;%2&quot;: use one of %3.</source>
        <translation>%1 kann das Feld „%2“ nicht verwenden: Verwenden Sie eines von %3.</translation>
    </message>
    <message>
        <source>The option --%1</source>
        <translation>Die Option --%1</translation>
    </message>
    <message>
        <source>This command</source>
        <translation>Dieser Befehl</translation>
    </message>
    <message>
        <source>The option --%1 needs a whole number of at least %2, not &quot;%3&quot;.</source>
        <translation>Die Option --%1 benötigt eine ganze Zahl von mindestens %2, nicht „%3“.</translation>
    </message>
    <message>
        <source>The option --%1 needs a number from 0 to 1, not &quot;%2&quot;.</source>
        <translation>Die Option --%1 benötigt eine Zahl von 0 bis 1, nicht „%2“.</translation>
    </message>
    <message>
        <source>The option --%1 needs a number such as 2.5, not &quot;%2&quot;.</source>
        <translation>Die Option --%1 benötigt eine Zahl wie 2.5, nicht „%2“.</translation>
    </message>
    <message>
        <source>The option --%1 needs an ISO 8601 date such as 2017-05-22T12:42:03+03:00, not &quot;%2&quot;.</source>
        <translation>Die Option --%1 benötigt ein ISO-8601-Datum wie 2017-05-22T12:42:03+03:00, nicht „%2“.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; could not be read: %2.</source>
        <translation>Die Datei „%1“ konnte nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is not UTF-8 text.</source>
        <translation>Die Datei „%1“ ist kein UTF-8-Text.</translation>
    </message>
</context>
<context>
    <name>ProxySettings</name>
    <message>
        <source>&quot;%1&quot; is no proxy: give http://HOST:PORT or socks5://HOST:PORT (with USER:PASSWORD@ before the host when the proxy wants them), none or system.</source>
        <translation>„%1“ ist kein Proxy: Geben Sie http://HOST:PORT oder socks5://HOST:PORT an (mit USER:PASSWORD@ vor dem Host, wenn der Proxy diese verlangt), none oder system.</translation>
    </message>
</context>
<context>
    <name>QueueCheck</name>
    <message numerus="yes">
        <source>reject ratio %1 over %n minutes</source>
        <translation>
            <numerusform>Ablehnungsquote %1 in %n Minute</numerusform>
            <numerusform>Ablehnungsquote %1 in %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>reject ratio %1</source>
        <translation>Ablehnungsquote %1</translation>
    </message>
    <message>
        <source>%1 (critical above %2)</source>
        <translation>%1 (kritisch über %2)</translation>
    </message>
    <message>
        <source>%1 (warning above %2)</source>
        <translation>%1 (Warnung über %2)</translation>
    </message>
    <message>
        <source>%1 pending</source>
        <translation>%1 ausstehend</translation>
    </message>
    <message>
        <source>oldest %1</source>
        <translation>ältester %1</translation>
    </message>
</context>
<context>
    <name>QueueStatsReport</name>
    <message>
        <source>SOURCE</source>
        <translation>QUELLE</translation>
    </message>
    <message>
        <source>OLDEST_PENDING</source>
        <translation>ÄLTESTER_AUSSTEHENDER</translation>
    </message>
    <message>
        <source>REJECT_RATIO</source>
        <translation>ABLEHNUNGSQUOTE</translation>
    </message>
    <message>
        <source>total</source>
        <translation>gesamt</translation>
    </message>
</context>
<context>
    <name>QueueSummary</name>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
</context>
<context>
    <name>TlsPolicy</name>
    <message>
        <source>The CA bundle %1 cannot be read: %2</source>
        <translation>Das CA-Bundle %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The CA bundle %1 holds no PEM certificate.</source>
        <translation>Das CA-Bundle %1 enthält kein PEM-Zertifikat.</translation>
    </message>
</context>
<context>
    <name>commdesk::AccountMenu</name>
    <message>
        <source>&amp;Account</source>
        <translation>K&amp;onto</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>S&amp;witch profile…</source>
        <translation>Profil &amp;wechseln…</translation>
    </message>
    <message>
        <source>Ne&amp;twork settings…</source>
        <translation>&amp;Netzwerkeinstellungen…</translation>
    </message>
    <message>
        <source>&amp;Diagnostic log</source>
        <translation>&amp;Diagnoseprotokoll</translation>
    </message>
    <message>
        <source>The proxy %1 asks for a user name and password.</source>
        <translation>Der Proxy %1 verlangt einen Benutzernamen und ein Passwort.</translation>
    </message>
    <message>
        <source>You are not signed in. Sign in again (Account &gt; Switch profile…) to carry on.</source>
        <translation>Sie sind nicht angemeldet. Melden Sie sich erneut an (Konto &gt; Profil wechseln…), um fortzufahren.</translation>
    </message>
</context>
<context>
    <name>commdesk::ActionJournal</name>
    <message>
        <source>the journal file is not open</source>
        <translation>die Protokolldatei ist nicht geöffnet</translation>
    </message>
</context>
<context>
    <name>commdesk::ActionJournalDialog</name>
    <message>
        <source>Queue action journal</source>
        <translation>Aktionsprotokoll der Warteschlange</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>Export the action journal</source>
        <translation>Aktionsprotokoll exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>commdesk::ApiClient</name>
    <message>
        <source>No server address has been set.</source>
        <translation>Es wurde keine Serveradresse festgelegt.</translation>
    </message>
    <message>
        <source>Enter the address of the CRM.COM server.</source>
        <translation>Geben Sie die Adresse des CRM.COM-Servers ein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid server address.</source>
        <translation>„%1“ ist keine gültige Serveradresse.</translation>
    </message>
    <message>
        <source>The server address must start with http:// or https://.</source>
        <translation>Die Serveradresse muss mit http:// oder https:// beginnen.</translation>
    </message>
</context>
<context>
    <name>commdesk::BrowseSidebar</name>
    <message>
        <source>Contact identifier field</source>
        <translation>Kontakt-Kennungsfeld</translation>
    </message>
    <message>
        <source>Which contact field to search by</source>
        <translation>Kontaktfeld, nach dem gesucht wird</translation>
    </message>
    <message>
        <source>Contact number, ID number, …</source>
        <translation>Kontaktnummer, Ausweisnummer, …</translation>
    </message>
    <message>
        <source>Find contact</source>
        <translation>Kontakt suchen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open contact&apos;s communications</source>
        <translation>Kommunikationen des Kontakts öffnen</translation>
    </message>
    <message>
        <source>Recent contacts</source>
        <translation>Zuletzt verwendete Kontakte</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>Find contact b&amp;y</source>
        <translation>Kontakt suchen &amp;nach</translation>
    </message>
    <message>
        <source>&amp;Recent contacts</source>
        <translation>&amp;Zuletzt verwendete Kontakte</translation>
    </message>
    <message>
        <source>Ca&amp;tegories</source>
        <translation>Ka&amp;tegorien</translation>
    </message>
</context>
<context>
    <name>commdesk::CategoryTreeModel</name>
    <message>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
</context>
<context>
    <name>commdesk::CertificateDialog</name>
    <message>
        <source>&amp;Trust this certificate for this server</source>
        <translation>Diesem Zertifikat für diesen Server &amp;vertrauen</translation>
    </message>
    <message>
        <source>Untrusted certificate</source>
        <translation>Nicht vertrauenswürdiges Zertifikat</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>The certificate of %1 could not be verified. Someone may be intercepting the connection, or the server uses a certificate your system does not know. Compare the fingerprint with the one your IT department gives you before trusting it.</source>
        <translation>Das Zertifikat von %1 konnte nicht überprüft werden. Möglicherweise fängt jemand die Verbindung ab, oder der Server verwendet ein Zertifikat, das Ihr System nicht kennt. Vergleichen Sie den Fingerabdruck mit dem, den Ihnen Ihre IT-Abteilung nennt, bevor Sie ihm vertrauen.</translation>
    </message>
    <message>
        <source>Problem:</source>
        <translation>Problem:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Inhaber:</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Aussteller:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Gültig:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256-Fingerabdruck:</translation>
    </message>
    <message>
        <source>Trust this certificate for this server</source>
        <translation>Diesem Zertifikat für diesen Server vertrauen</translation>
    </message>
</context>
<context>
    <name>commdesk::CliApplication</name>
    <message>
        <source>The keychain cannot be reached (%2), so the API key of profile &quot;%1&quot; cannot be read from it: pipe it to --api-key-stdin or set COMMDESK_API_KEY.</source>
        <translation>Der Schlüsselbund ist nicht erreichbar (%2), daher kann der API-Schlüssel des Profils „%1“ nicht daraus gelesen werden: Leiten Sie ihn per Pipe an --api-key-stdin weiter oder setzen Sie COMMDESK_API_KEY.</translation>
    </message>
    <message>
        <source>no keychain service was found</source>
        <translation>es wurde kein Schlüsselbund-Dienst gefunden</translation>
    </message>
    <message>
        <source>The keychain cannot be reached (%2), so the password of profile &quot;%1&quot; cannot be read from it: pipe it to --password-stdin or set COMMDESK_PASSWORD.</source>
        <translation>Der Schlüsselbund ist nicht erreichbar (%2), daher kann das Passwort des Profils „%1“ nicht daraus gelesen werden: Leiten Sie es per Pipe an --password-stdin weiter oder setzen Sie COMMDESK_PASSWORD.</translation>
    </message>
    <message>
        <source>The keychain refused the API key of profile &quot;%1&quot; (%2): pipe it to --api-key-stdin or set COMMDESK_API_KEY.</source>
        <translation>Der Schlüsselbund hat den API-Schlüssel des Profils „%1“ verweigert (%2): Leiten Sie ihn per Pipe an --api-key-stdin weiter oder setzen Sie COMMDESK_API_KEY.</translation>
    </message>
    <message>
        <source>The keychain refused the password of profile &quot;%1&quot; (%2): pipe it to --password-stdin or set COMMDESK_PASSWORD.</source>
        <translation>Der Schlüsselbund hat das Passwort des Profils „%1“ verweigert (%2): Leiten Sie es per Pipe an --password-stdin weiter oder setzen Sie COMMDESK_PASSWORD.</translation>
    </message>
    <message>
        <source>The keychain holds no API key for profile &quot;%1&quot;: pipe it to --api-key-stdin or set COMMDESK_API_KEY.</source>
        <translation>Der Schlüsselbund enthält keinen API-Schlüssel für das Profil „%1“: Leiten Sie ihn per Pipe an --api-key-stdin weiter oder setzen Sie COMMDESK_API_KEY.</translation>
    </message>
    <message>
        <source>The keychain holds no password for profile &quot;%1&quot;: pipe it to --password-stdin or set COMMDESK_PASSWORD.</source>
        <translation>Der Schlüsselbund enthält kein Passwort für das Profil „%1“: Leiten Sie es per Pipe an --password-stdin weiter oder setzen Sie COMMDESK_PASSWORD.</translation>
    </message>
</context>
<context>
    <name>commdesk::CommunicationActions</name>
    <message>
        <source>Communication actions</source>
        <translation>Kommunikationsaktionen</translation>
    </message>
    <message>
        <source>&amp;Edit draft</source>
        <translation>Entwurf &amp;bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Complete</source>
        <translation>&amp;Abschließen</translation>
    </message>
    <message>
        <source>Mark as &amp;viewed</source>
        <translation>Als &amp;gesehen markieren</translation>
    </message>
    <message>
        <source>&amp;Follow up</source>
        <translation>&amp;Nachfassen</translation>
    </message>
    <message>
        <source>Copy &amp;number</source>
        <translation>N&amp;ummer kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;link</source>
        <translation>&amp;Link kopieren</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Export as P&amp;DF…</source>
        <translation>Als &amp;PDF exportieren…</translation>
    </message>
    <message>
        <source>%1 completed.</source>
        <translation>%1 abgeschlossen.</translation>
    </message>
    <message>
        <source>%1 marked as viewed.</source>
        <translation>%1 als gesehen markiert.</translation>
    </message>
    <message>
        <source>Re: </source>
        <translation>AW: </translation>
    </message>
    <message>
        <source>Copied %1.</source>
        <translation>%1 kopiert.</translation>
    </message>
    <message>
        <source>Copied the link %1.</source>
        <translation>Link %1 kopiert.</translation>
    </message>
</context>
<context>
    <name>commdesk::CommunicationListModel</name>
    <message>
        <source>Viewed</source>
        <translation>Gesehen</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>commdesk::CommunicationPrinter</name>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>%1 drucken</translation>
    </message>
    <message>
        <source>%1 sent to the printer.</source>
        <translation>%1 wurde an den Drucker gesendet.</translation>
    </message>
    <message>
        <source>%1 could not be replaced.</source>
        <translation>%1 konnte nicht ersetzt werden.</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Als PDF exportieren</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>%1 saved as %2.</source>
        <translation>%1 als %2 gespeichert.</translation>
    </message>
</context>
<context>
    <name>commdesk::CommunicationTable</name>
    <message>
        <source>Communications</source>
        <translation>Kommunikationen</translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation>Spalten zurücksetzen</translation>
    </message>
</context>
<context>
    <name>commdesk::CommunicationView</name>
    <message>
        <source>Communication details</source>
        <translation>Kommunikationsdetails</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>The server cannot be reached: this is the copy saved on %1, and it may have changed since.</source>
        <translation>Der Server ist nicht erreichbar: Dies ist die gespeicherte Kopie vom %1, die sich seitdem geändert haben kann.</translation>
    </message>
    <message>
        <source>Select a communication to read it.</source>
        <translation>Wählen Sie eine Kommunikation aus, um sie zu lesen.</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Viewed</source>
        <translation>Gesehen</translation>
    </message>
    <message>
        <source>Yes, %1</source>
        <translation>Ja, %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Noch nicht</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>External system</source>
        <translation>Externes System</translation>
    </message>
    <message>
        <source>Owned by group</source>
        <translation>Eigentümergruppe</translation>
    </message>
    <message>
        <source>Privacy level</source>
        <translation>Datenschutzstufe</translation>
    </message>
    <message>
        <source>Refers to</source>
        <translation>Bezieht sich auf</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Text field %1</source>
        <translation>Textfeld %1</translation>
    </message>
    <message>
        <source>Number field %1</source>
        <translation>Zahlenfeld %1</translation>
    </message>
    <message>
        <source>Date field %1</source>
        <translation>Datumsfeld %1</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
</context>
<context>
    <name>commdesk::CommunicationsRunner</name>
    <message>
        <source>NUMBER</source>
        <translation>NUMMER</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>DIRECTION</source>
        <translation>RICHTUNG</translation>
    </message>
    <message>
        <source>MEDIA</source>
        <translation>MEDIUM</translation>
    </message>
    <message>
        <source>CONTACT</source>
        <translation>KONTAKT</translation>
    </message>
    <message>
        <source>SUBJECT</source>
        <translation>BETREFF</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>ERSTELLT</translation>
    </message>
    <message>
        <source>Not a communications command.</source>
        <translation>Kein Kommunikationsbefehl.</translation>
    </message>
</context>
<context>
    <name>commdesk::ComposeButtonBar</name>
    <message>
        <source>Sa&amp;ve as draft</source>
        <translation>Als &amp;Entwurf speichern</translation>
    </message>
    <message>
        <source>Save as draft</source>
        <translation>Als Entwurf speichern</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Waiting for the server</source>
        <translation>Warten auf den Server</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Abschließen</translation>
    </message>
    <message>
        <source>Complete the communication</source>
        <translation>Kommunikation abschließen</translation>
    </message>
    <message>
        <source>Save as a draft to finish later</source>
        <translation>Als Entwurf speichern, um später fortzufahren</translation>
    </message>
</context>
<context>
    <name>commdesk::ComposeDialog</name>
    <message>
        <source>What you type cannot be kept on this computer (%1). Save it as a draft or send it so that it is not lost.</source>
        <translation>Ihre Eingaben können auf diesem Computer nicht gesichert werden (%1). Speichern Sie sie als Entwurf oder senden Sie sie, damit sie nicht verloren gehen.</translation>
    </message>
    <message>
        <source>The draft could not be loaded again, so it may be incomplete: %1</source>
        <translation>Der Entwurf konnte nicht erneut geladen werden und ist daher möglicherweise unvollständig: %1</translation>
    </message>
    <message>
        <source>Nothing changed since the draft was saved.</source>
        <translation>Seit dem Speichern des Entwurfs hat sich nichts geändert.</translation>
    </message>
    <message>
        <source>Took the version on the server.</source>
        <translation>Die Version auf dem Server wurde übernommen.</translation>
    </message>
    <message>
        <source>Draft %1</source>
        <translation>Entwurf %1</translation>
    </message>
    <message>
        <source>Recovered what was typed before CommDesk closed.</source>
        <translation>Die vor dem Beenden von CommDesk gemachten Eingaben wurden wiederhergestellt.</translation>
    </message>
    <message>
        <source>Outbox: %1</source>
        <translation>Postausgang: %1</translation>
    </message>
    <message>
        <source>Last attempt: %1</source>
        <translation>Letzter Versuch: %1</translation>
    </message>
    <message>
        <source>New communication</source>
        <translation>Neue Kommunikation</translation>
    </message>
    <message>
        <source>%1 is completed: only drafts can be edited (notes aside).</source>
        <translation>%1 ist abgeschlossen: Nur Entwürfe können bearbeitet werden (abgesehen von den Notizen).</translation>
    </message>
    <message>
        <source>Nothing was sent: please check the marked fields.</source>
        <translation>Es wurde nichts gesendet: Bitte prüfen Sie die markierten Felder.</translation>
    </message>
    <message>
        <source>Draft %1 saved at %2.</source>
        <translation>Entwurf %1 um %2 gespeichert.</translation>
    </message>
    <message>
        <source>The server refused it: see the marked field.</source>
        <translation>Der Server hat sie abgelehnt: Siehe das markierte Feld.</translation>
    </message>
    <message>
        <source>Waiting for the server&apos;s answer; close again once it has come.</source>
        <translation>Warten auf die Antwort des Servers; schließen Sie erneut, sobald sie eingetroffen ist.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>This communication has changes that are not saved.</source>
        <translation>Diese Kommunikation enthält Änderungen, die nicht gespeichert sind.</translation>
    </message>
    <message>
        <source>Save it as a draft to finish later, or discard the changes?</source>
        <translation>Möchten Sie sie als Entwurf speichern, um später fortzufahren, oder die Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>Save as draft</source>
        <translation>Als Entwurf speichern</translation>
    </message>
</context>
<context>
    <name>commdesk::ComposeEditor</name>
    <message>
        <source>No category</source>
        <translation>Keine Kategorie</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>E-mail address or phone number</source>
        <translation>E-Mail-Adresse oder Telefonnummer</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>&amp;Kontakt</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>&amp;Vorlage</translation>
    </message>
    <message>
        <source>&amp;Direction</source>
        <translation>&amp;Richtung</translation>
    </message>
    <message>
        <source>Medi&amp;a</source>
        <translation>Medi&amp;um</translation>
    </message>
    <message>
        <source>Cate&amp;gory</source>
        <translation>Kate&amp;gorie</translation>
    </message>
    <message>
        <source>&amp;Queue external system</source>
        <translation>Externes System der &amp;Warteschlange</translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation>&amp;An</translation>
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation>&amp;Betreff</translation>
    </message>
    <message>
        <source>Cont&amp;ent</source>
        <translation>&amp;Inhalt</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>The templates could not be loaded: %1</source>
        <translation>Die Vorlagen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>The categories could not be loaded: %1</source>
        <translation>Die Kategorien konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>The external systems could not be loaded: %1</source>
        <translation>Die externen Systeme konnten nicht geladen werden: %1</translation>
    </message>
</context>
<context>
    <name>commdesk::ComposeLocalCopy</name>
    <message>
        <source>To %1</source>
        <translation>An %1</translation>
    </message>
    <message>
        <source>Untitled communication</source>
        <translation>Unbenannte Kommunikation</translation>
    </message>
    <message>
        <source>there is no place for local drafts on this computer</source>
        <translation>auf diesem Computer gibt es keinen Speicherort für lokale Entwürfe</translation>
    </message>
    <message>
        <source>the local drafts file cannot be written</source>
        <translation>die Datei der lokalen Entwürfe kann nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>commdesk::ComposeSender</name>
    <message>
        <source>Loading the draft…</source>
        <translation>Entwurf wird geladen…</translation>
    </message>
    <message>
        <source>Saving the draft…</source>
        <translation>Entwurf wird gespeichert…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Checking the server&apos;s version…</source>
        <translation>Version auf dem Server wird geprüft…</translation>
    </message>
    <message>
        <source>Completing…</source>
        <translation>Wird abgeschlossen…</translation>
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
        <translation>NAME</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>PARENT_ID</source>
        <translation>ÜBERGEORDNETE_ID</translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation>BESCHREIBUNG</translation>
    </message>
    <message>
        <source>ALTERNATIVE_CODE</source>
        <translation>ALTERNATIVER_CODE</translation>
    </message>
    <message>
        <source>DIRECTION</source>
        <translation>RICHTUNG</translation>
    </message>
    <message>
        <source>MEDIA</source>
        <translation>MEDIUM</translation>
    </message>
    <message>
        <source>CATEGORY</source>
        <translation>KATEGORIE</translation>
    </message>
    <message>
        <source>SUBJECT</source>
        <translation>BETREFF</translation>
    </message>
    <message>
        <source>CHARACTER_LIMIT</source>
        <translation>ZEICHENLIMIT</translation>
    </message>
    <message>
        <source>Not a configuration command.</source>
        <translation>Kein Konfigurationsbefehl.</translation>
    </message>
</context>
<context>
    <name>commdesk::ConflictDialog</name>
    <message>
        <source>Subject: %1
To: %2
Notes: %3

%4</source>
        <translation>Betreff: %1
An: %2
Notizen: %3

%4</translation>
    </message>
    <message>
        <source>Changed on the server</source>
        <translation>Auf dem Server geändert</translation>
    </message>
    <message>
        <source>Someone changed %1 since you began editing it. Which version should stay?</source>
        <translation>Jemand hat %1 geändert, seit Sie mit der Bearbeitung begonnen haben. Welche Version soll bleiben?</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Meine behalten</translation>
    </message>
    <message>
        <source>Keep my version</source>
        <translation>Meine Version behalten</translation>
    </message>
    <message>
        <source>&amp;Take theirs</source>
        <translation>&amp;Serverversion übernehmen</translation>
    </message>
    <message>
        <source>Take the server&apos;s version</source>
        <translation>Die Version des Servers übernehmen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Meine</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>Auf dem Server</translation>
    </message>
    <message>
        <source>On the server (by %1)</source>
        <translation>Auf dem Server (von %1)</translation>
    </message>
    <message>
        <source>My version</source>
        <translation>Meine Version</translation>
    </message>
    <message>
        <source>The server&apos;s version</source>
        <translation>Die Version des Servers</translation>
    </message>
</context>
<context>
    <name>commdesk::ConnectionLabel</name>
    <message>
        <source>Offline since %1: %2</source>
        <translation>Offline seit %1: %2</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Offline: %1 cannot be reached</source>
        <translation>Offline: %1 ist nicht erreichbar</translation>
    </message>
    <message>
        <source>Signed in as %1 at %2</source>
        <translation>Angemeldet als %1 bei %2</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
</context>
<context>
    <name>commdesk::ContactPicker</name>
    <message>
        <source>Look &amp;up</source>
        <translation>Na&amp;chschlagen</translation>
    </message>
    <message>
        <source>Contact identified by</source>
        <translation>Kontakt identifiziert über</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>e.g. CI000111</source>
        <translation>z. B. CI000111</translation>
    </message>
    <message>
        <source>Look up the contact</source>
        <translation>Kontakt nachschlagen</translation>
    </message>
    <message>
        <source>Contact found</source>
        <translation>Kontakt gefunden</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation>%1 wird nachgeschlagen…</translation>
    </message>
</context>
<context>
    <name>commdesk::CurrentCommunication</name>
    <message>
        <source>The server cannot be reached, and this communication was not opened before, so there is no copy of it to show.</source>
        <translation>Der Server ist nicht erreichbar, und diese Kommunikation wurde zuvor noch nicht geöffnet, daher gibt es keine Kopie, die angezeigt werden kann.</translation>
    </message>
</context>
<context>
    <name>commdesk::DiagnosticLogDialog</name>
    <message>
        <source>Diagnostic log</source>
        <translation>Diagnoseprotokoll</translation>
    </message>
    <message>
        <source>The last %1 requests and errors. Tokens, passwords and API keys are removed.</source>
        <translation>Die letzten %1 Anfragen und Fehler. Tokens, Passwörter und API-Schlüssel sind entfernt.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the diagnostic log</source>
        <translation>Diagnoseprotokoll kopieren</translation>
    </message>
</context>
<context>
    <name>commdesk::KeyboardShortcuts</name>
    <message>
        <source>Everywhere</source>
        <translation>Überall</translation>
    </message>
</context>
<context>
    <name>commdesk::ListExporter</name>
    <message>
        <source>CSV for spreadsheet programs (*.csv)</source>
        <translation>CSV für Tabellenkalkulationen (*.csv)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 without byte-order mark (*.csv)</source>
        <translation>CSV, UTF-8 ohne Byte-Order-Mark (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export list</source>
        <translation>Liste exportieren</translation>
    </message>
    <message>
        <source>Loading every page of the list…</source>
        <translation>Alle Seiten der Liste werden geladen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Loading every page of the list… %1 loaded</source>
        <translation>Alle Seiten der Liste werden geladen… %1 geladen</translation>
    </message>
    <message>
        <source>The list could not be loaded in full, so nothing was written.</source>
        <translation>Die Liste konnte nicht vollständig geladen werden, daher wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>commdesk::ListFilterBar</name>
    <message>
        <source>&amp;Load all</source>
        <translation>&amp;Alle laden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>All directions</source>
        <translation>Alle Richtungen</translation>
    </message>
    <message>
        <source>All media</source>
        <translation>Alle Medien</translation>
    </message>
    <message>
        <source>Direction filter</source>
        <translation>Richtungsfilter</translation>
    </message>
    <message>
        <source>Media filter</source>
        <translation>Medienfilter</translation>
    </message>
    <message>
        <source>Filter loaded rows…</source>
        <translation>Geladene Zeilen filtern…</translation>
    </message>
    <message>
        <source>Quick filter</source>
        <translation>Schnellfilter</translation>
    </message>
    <message>
        <source>Load every communication of this list, so that the sort covers them all</source>
        <translation>Alle Kommunikationen dieser Liste laden, damit die Sortierung alle umfasst</translation>
    </message>
    <message>
        <source>Loading the whole list</source>
        <translation>Gesamte Liste wird geladen</translation>
    </message>
    <message numerus="yes">
        <source>%n loaded</source>
        <translation>
            <numerusform>%n geladen</numerusform>
            <numerusform>%n geladen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>commdesk::MainWindow</name>
    <message>
        <source>Connected again to %1.</source>
        <translation>Wieder mit %1 verbunden.</translation>
    </message>
    <message>
        <source>This account is open in another CommDesk (%1). This window does not send the outbox or recover drafts, so that nothing is sent twice.</source>
        <translation>Dieses Konto ist in einer anderen CommDesk-Instanz geöffnet (%1). Dieses Fenster sendet den Postausgang nicht und stellt keine Entwürfe wieder her, damit nichts doppelt gesendet wird.</translation>
    </message>
    <message>
        <source>elsewhere</source>
        <translation>anderswo</translation>
    </message>
    <message>
        <source>The categories could not be loaded: %1</source>
        <translation>Die Kategorien konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>The communications could not be loaded: %1</source>
        <translation>Die Kommunikationen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Loading the whole list…</source>
        <translation>Gesamte Liste wird geladen…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>1 communication, saved copy</source>
        <translation>1 Kommunikation, gespeicherte Kopie</translation>
    </message>
    <message>
        <source>%1 communications, saved copy</source>
        <translation>%1 Kommunikationen, gespeicherte Kopie</translation>
    </message>
    <message>
        <source>1 communication</source>
        <translation>1 Kommunikation</translation>
    </message>
    <message>
        <source>%1 communications</source>
        <translation>%1 Kommunikationen</translation>
    </message>
    <message>
        <source>Sorted by %1 among the %2 loaded</source>
        <translation>Nach %1 sortiert, innerhalb der %2 geladenen</translation>
    </message>
    <message>
        <source>%1 loaded, scroll for more</source>
        <translation>%1 geladen, für weitere scrollen</translation>
    </message>
    <message>
        <source>This item is being sent or checked; try again in a moment.</source>
        <translation>Dieses Element wird gerade gesendet oder geprüft; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>%1 sent from the outbox.</source>
        <translation>%1 aus dem Postausgang gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>The file of drafts kept on this computer was damaged. It was put aside as %1 and a new one started with what could still be read (%n item(s)); typing is kept again from now on.</source>
        <translation>
            <numerusform>Die Datei der auf diesem Computer gespeicherten Entwürfe war beschädigt. Sie wurde als %1 beiseitegelegt, und eine neue wurde mit dem begonnen, was noch gelesen werden konnte (%n Element); Eingaben werden ab jetzt wieder gesichert.</numerusform>
            <numerusform>Die Datei der auf diesem Computer gespeicherten Entwürfe war beschädigt. Sie wurde als %1 beiseitegelegt, und eine neue wurde mit dem begonnen, was noch gelesen werden konnte (%n Elemente); Eingaben werden ab jetzt wieder gesichert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The outbox file was damaged. It was put aside as %1 and a new one started with what could still be read (%n item(s)).</source>
        <translation>
            <numerusform>Die Postausgangsdatei war beschädigt. Sie wurde als %1 beiseitegelegt, und eine neue wurde mit dem begonnen, was noch gelesen werden konnte (%n Element).</numerusform>
            <numerusform>Die Postausgangsdatei war beschädigt. Sie wurde als %1 beiseitegelegt, und eine neue wurde mit dem begonnen, was noch gelesen werden konnte (%n Elemente).</numerusform>
        </translation>
    </message>
    <message>
        <source>A communication typed before CommDesk closed can be opened under “Not yet sent”.</source>
        <translation>Eine Kommunikation, die vor dem Beenden von CommDesk eingegeben wurde, kann unter „Noch nicht gesendet“ geöffnet werden.</translation>
    </message>
    <message>
        <source>%1 communications typed before CommDesk closed can be opened under “Not yet sent”.</source>
        <translation>%1 Kommunikationen, die vor dem Beenden von CommDesk eingegeben wurden, können unter „Noch nicht gesendet“ geöffnet werden.</translation>
    </message>
    <message>
        <source>The server could not be reached: the communication waits in the outbox.</source>
        <translation>Der Server war nicht erreichbar: Die Kommunikation wartet im Postausgang.</translation>
    </message>
    <message>
        <source>Draft %1 saved.</source>
        <translation>Entwurf %1 gespeichert.</translation>
    </message>
    <message>
        <source>%1 sent.</source>
        <translation>%1 gesendet.</translation>
    </message>
    <message>
        <source>The server cannot be reached. You are looking at what was last loaded, on %1. CommDesk connects again by itself.</source>
        <translation>Der Server ist nicht erreichbar. Sie sehen den zuletzt geladenen Stand vom %1. CommDesk verbindet sich automatisch erneut.</translation>
    </message>
    <message>
        <source>The server cannot be reached, and this list was not loaded before. CommDesk connects again by itself.</source>
        <translation>Der Server ist nicht erreichbar, und diese Liste wurde zuvor noch nicht geladen. CommDesk verbindet sich automatisch erneut.</translation>
    </message>
    <message>
        <source>The server cannot be reached. CommDesk connects again by itself.</source>
        <translation>Der Server ist nicht erreichbar. CommDesk verbindet sich automatisch erneut.</translation>
    </message>
    <message>
        <source>Try now</source>
        <translation>Jetzt versuchen</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ak&amp;tualisieren</translation>
    </message>
    <message>
        <source>&amp;Filter this list</source>
        <translation>Diese Liste &amp;filtern</translation>
    </message>
    <message>
        <source>&amp;Search all communications</source>
        <translation>In allen Kommunikationen s&amp;uchen</translation>
    </message>
    <message>
        <source>&amp;Export list…</source>
        <translation>Liste &amp;exportieren…</translation>
    </message>
    <message>
        <source>Open a category or a contact first: the list is what is exported.</source>
        <translation>Öffnen Sie zuerst eine Kategorie oder einen Kontakt: Exportiert wird die angezeigte Liste.</translation>
    </message>
    <message>
        <source>communications</source>
        <translation>Kommunikationen</translation>
    </message>
    <message numerus="yes">
        <source>%n communication(s) exported to %1.</source>
        <translation>
            <numerusform>%n Kommunikation nach %1 exportiert.</numerusform>
            <numerusform>%n Kommunikationen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Export abgebrochen.</translation>
    </message>
    <message>
        <source>Save &amp;view…</source>
        <translation>Ansicht &amp;speichern…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>Einste&amp;llungen…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Communication</source>
        <translation>&amp;Kommunikation</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About CommDesk</source>
        <translation>&amp;Über CommDesk</translation>
    </message>
    <message>
        <source>About CommDesk</source>
        <translation>Über CommDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CommDesk %1&lt;/h3&gt;&lt;p&gt;A desktop client for CRM.COM customer communications.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CommDesk %1&lt;/h3&gt;&lt;p&gt;Ein Desktop-Client für die Kundenkommunikation in CRM.COM.&lt;/p&gt;&lt;p&gt;Freie Software unter der GNU General Public License, Version 3 oder neuer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptsymbolleiste</translation>
    </message>
    <message>
        <source>CommDesk was started again for %1; this window works with %2.</source>
        <translation>CommDesk wurde erneut für %1 gestartet; dieses Fenster arbeitet mit %2.</translation>
    </message>
    <message>
        <source>CommDesk was started again for %1.</source>
        <translation>CommDesk wurde erneut für %1 gestartet.</translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation>Bei %1 anmelden</translation>
    </message>
    <message>
        <source>%1+ new — show them</source>
        <translation>%1+ neue — anzeigen</translation>
    </message>
    <message numerus="yes">
        <source>%n new — show them</source>
        <translation>
            <numerusform>%n neue — anzeigen</numerusform>
            <numerusform>%n neue — anzeigen</numerusform>
        </translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>Arbeitsbereiche</translation>
    </message>
    <message>
        <source>Communications</source>
        <translation>Kommunikationen</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Next &amp;pane</source>
        <translation>&amp;Nächster Bereich</translation>
    </message>
    <message>
        <source>Previous pa&amp;ne</source>
        <translation>&amp;Vorheriger Bereich</translation>
    </message>
    <message>
        <source>Next &amp;tab</source>
        <translation>Nächste &amp;Registerkarte</translation>
    </message>
    <message>
        <source>%1 — CommDesk</source>
        <translation>%1 — CommDesk</translation>
    </message>
    <message>
        <source>Open a category or a contact first: a saved view keeps the list.</source>
        <translation>Öffnen Sie zuerst eine Kategorie oder einen Kontakt: Eine gespeicherte Ansicht hält die Liste fest.</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Ansicht speichern</translation>
    </message>
    <message>
        <source>Keep this list, its filters, columns and sort as:</source>
        <translation>Diese Liste mit ihren Filtern, Spalten und ihrer Sortierung speichern als:</translation>
    </message>
    <message>
        <source>A saved view needs a name.</source>
        <translation>Eine gespeicherte Ansicht benötigt einen Namen.</translation>
    </message>
    <message>
        <source>There is already a saved view called “%1”. Replace it with this list?</source>
        <translation>Es gibt bereits eine gespeicherte Ansicht namens „%1“. Soll sie durch diese Liste ersetzt werden?</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>E&amp;rsetzen</translation>
    </message>
    <message>
        <source>The list is kept as “%1” under Saved views.</source>
        <translation>Die Liste wurde als „%1“ unter „Gespeicherte Ansichten“ gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>Mark as viewed after %n second(s) of reading</source>
        <translation>
            <numerusform>Nach %n Sekunde Lesezeit als gesehen markieren</numerusform>
            <numerusform>Nach %n Sekunden Lesezeit als gesehen markieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Contact %1</source>
        <translation>Kontakt %1</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öffnen</translation>
    </message>
    <message>
        <source>E&amp;xport selection…</source>
        <translation>Auswahl e&amp;xportieren…</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>Text size %1 %</source>
        <translation>Textgröße %1 %</translation>
    </message>
    <message>
        <source>Pr&amp;evious tab</source>
        <translation>Vorherige Reg&amp;isterkarte</translation>
    </message>
    <message>
        <source>Show side&amp;bar</source>
        <translation>Seitenleiste an&amp;zeigen</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>&amp;Tastenkürzel…</translation>
    </message>
    <message>
        <source>%1+ new communications in this list.</source>
        <translation>%1+ neue Kommunikationen in dieser Liste.</translation>
    </message>
    <message numerus="yes">
        <source>%n new communication(s) in this list.</source>
        <translation>
            <numerusform>%n neue Kommunikation in dieser Liste.</numerusform>
            <numerusform>%n neue Kommunikationen in dieser Liste.</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed in to %1.</source>
        <translation>Angemeldet bei %1.</translation>
    </message>
    <message>
        <source>CommDesk speaks the system&apos;s language when it starts again.</source>
        <translation>CommDesk verwendet ab dem nächsten Start die Sprache des Systems.</translation>
    </message>
    <message>
        <source>CommDesk speaks %1 when it starts again.</source>
        <translation>Sprache von CommDesk ab dem nächsten Start: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n new queue entries.</source>
        <translation>
            <numerusform>%n neuer Warteschlangeneintrag.</numerusform>
            <numerusform>%n neue Warteschlangeneinträge.</numerusform>
        </translation>
    </message>
    <message>
        <source>Compose window</source>
        <translation>Fenster zum Verfassen</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Save as draft</source>
        <translation>Als Entwurf speichern</translation>
    </message>
</context>
<context>
    <name>commdesk::MessageBanner</name>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>commdesk::MoreFieldsPanel</name>
    <message>
        <source>e.g. name=Billing Team</source>
        <translation>z. B. name=Billing Team</translation>
    </message>
    <message>
        <source>e.g. name=Internal</source>
        <translation>z. B. name=Internal</translation>
    </message>
    <message>
        <source>Number, e.g. CM000680</source>
        <translation>Nummer, z. B. CM000680</translation>
    </message>
    <message>
        <source>&amp;More: group, privacy, references, user-defined fields, parameters</source>
        <translation>&amp;Mehr: Gruppe, Datenschutz, Bezüge, benutzerdefinierte Felder, Parameter</translation>
    </message>
    <message>
        <source>Show more fields</source>
        <translation>Weitere Felder anzeigen</translation>
    </message>
    <message>
        <source>Owned &amp;by group</source>
        <translation>Ei&amp;gentümergruppe</translation>
    </message>
    <message>
        <source>Privac&amp;y level</source>
        <translation>&amp;Datenschutzstufe</translation>
    </message>
    <message>
        <source>Refers to a record of kind</source>
        <translation>Bezieht sich auf einen Datensatz der Art</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Nichts</translation>
    </message>
    <message>
        <source>Number of the record it refers to</source>
        <translation>Nummer des Datensatzes, auf den sie sich bezieht</translation>
    </message>
    <message>
        <source>Re&amp;fers to</source>
        <translation>Be&amp;zieht sich auf</translation>
    </message>
    <message>
        <source>User-defined text %1</source>
        <translation>Benutzerdefinierter Text %1</translation>
    </message>
    <message>
        <source>e.g. 12.5</source>
        <translation>z. B. 12.5</translation>
    </message>
    <message>
        <source>User-defined number %1</source>
        <translation>Benutzerdefinierte Zahl %1</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>User-defined date %1</source>
        <translation>Benutzerdefiniertes Datum %1</translation>
    </message>
    <message>
        <source>Unrestricted &amp;parameters</source>
        <translation>&amp;Freie Parameter</translation>
    </message>
    <message>
        <source>Hide more fields</source>
        <translation>Weitere Felder ausblenden</translation>
    </message>
</context>
<context>
    <name>commdesk::OutboxPanel</name>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Send &amp;now</source>
        <translation>&amp;Jetzt senden</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>Verwerfen…</translation>
    </message>
    <message>
        <source>Not yet sent: recovered drafts and the outbox</source>
        <translation>Noch nicht gesendet: wiederhergestellte Entwürfe und Postausgang</translation>
    </message>
    <message>
        <source>Open or edit the selected item</source>
        <translation>Ausgewähltes Element öffnen oder bearbeiten</translation>
    </message>
    <message>
        <source>Try sending the outbox now</source>
        <translation>Jetzt versuchen, den Postausgang zu senden</translation>
    </message>
    <message>
        <source>Discard the selected item</source>
        <translation>Ausgewähltes Element verwerfen</translation>
    </message>
    <message>
        <source>Not &amp;yet sent</source>
        <translation>Noch &amp;nicht gesendet</translation>
    </message>
    <message>
        <source>checking</source>
        <translation>wird geprüft</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>wird gesendet</translation>
    </message>
    <message>
        <source>being edited</source>
        <translation>wird bearbeitet</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>waiting (will check first)</source>
        <translation>wartet (wird zuerst geprüft)</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>Recovered: %1</source>
        <translation>Wiederhergestellt: %1</translation>
    </message>
    <message>
        <source>Typed before CommDesk closed, last kept %1</source>
        <translation>Vor dem Beenden von CommDesk eingegeben, zuletzt gesichert: %1</translation>
    </message>
    <message>
        <source>Outbox: %1 — %2</source>
        <translation>Postausgang: %1 — %2</translation>
    </message>
    <message>
        <source>, 1 attempt</source>
        <translation>, 1 Versuch</translation>
    </message>
    <message>
        <source>, %1 attempts</source>
        <translation>, %1 Versuche</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Letzter Fehler: %1</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Discard “%1”? What was typed will be lost.</source>
        <translation>„%1“ verwerfen? Die Eingaben gehen verloren.</translation>
    </message>
</context>
<context>
    <name>commdesk::PreferencesDialog</name>
    <message>
        <source>&amp;Mark a communication as viewed when it has been open for</source>
        <translation>Kommunikation als gesehen &amp;markieren, wenn sie so lange geöffnet war:</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Look for new communications every, in seconds</source>
        <translation>Intervall für die Suche nach neuen Kommunikationen, in Sekunden</translation>
    </message>
    <message>
        <source>The open list says how many are new; it moves only when you ask</source>
        <translation>Die geöffnete Liste zeigt an, wie viele neu sind; sie ändert sich nur auf Ihre Anforderung</translation>
    </message>
    <message>
        <source>Seconds of reading before marking as viewed</source>
        <translation>Sekunden Lesezeit, bevor als gesehen markiert wird</translation>
    </message>
    <message>
        <source>Communications read at a time</source>
        <translation>Pro Abruf gelesene Kommunikationen</translation>
    </message>
    <message>
        <source>Look for &amp;new communications every:</source>
        <translation>Nach &amp;neuen Kommunikationen suchen alle:</translation>
    </message>
    <message>
        <source>Communications &amp;read at a time:</source>
        <translation>Pro Abruf &amp;gelesene Kommunikationen:</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>&amp;Tastenkürzel…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Wie das System (%1)</translation>
    </message>
    <message>
        <source>CommDesk speaks the language chosen here when it starts again.</source>
        <translation>CommDesk verwendet die hier gewählte Sprache ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
</context>
<context>
    <name>commdesk::ProxySettingsDialog</name>
    <message>
        <source>Network settings</source>
        <translation>Netzwerkeinstellungen</translation>
    </message>
    <message>
        <source>Use the system&apos;s proxy settings</source>
        <translation>Proxy-Einstellungen des Systems verwenden</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Kein Proxy</translation>
    </message>
    <message>
        <source>HTTP proxy</source>
        <translation>HTTP-Proxy</translation>
    </message>
    <message>
        <source>SOCKS5 proxy</source>
        <translation>SOCKS5-Proxy</translation>
    </message>
    <message>
        <source>kept until CommDesk quits</source>
        <translation>wird bis zum Beenden von CommDesk behalten</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>Proxy-Host</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Proxy-Port</translation>
    </message>
    <message>
        <source>Proxy user name</source>
        <translation>Proxy-Benutzername</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>Proxy-Passwort</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>&amp;Proxy:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
</context>
<context>
    <name>commdesk::QueueActionDialog</name>
    <message numerus="yes">
        <source>%n rejected entries will be sent again: the communication of each is copied as a new outgoing communication that refers to it, and enters the queue as a new pending entry. The rejected entries stay as they are.</source>
        <translation>
            <numerusform>%n abgelehnter Eintrag wird erneut gesendet: Seine Kommunikation wird als neue ausgehende Kommunikation kopiert, die sich auf sie bezieht, und gelangt als neuer ausstehender Eintrag in die Warteschlange. Der abgelehnte Eintrag bleibt unverändert.</numerusform>
            <numerusform>%n abgelehnte Einträge werden erneut gesendet: Die Kommunikation jedes Eintrags wird als neue ausgehende Kommunikation kopiert, die sich auf sie bezieht, und gelangt als neuer ausstehender Eintrag in die Warteschlange. Die abgelehnten Einträge bleiben unverändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Complete queue entries</source>
        <translation>Warteschlangeneinträge abschließen</translation>
    </message>
    <message>
        <source>Reject queue entries</source>
        <translation>Warteschlangeneinträge ablehnen</translation>
    </message>
    <message>
        <source>Remove queue entries</source>
        <translation>Warteschlangeneinträge entfernen</translation>
    </message>
    <message>
        <source>Resend rejected entries</source>
        <translation>Abgelehnte Einträge erneut senden</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Abschließen</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Resend</source>
        <translation>Erneut senden</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiterer</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>Fehlercode</translation>
    </message>
    <message>
        <source>Error description</source>
        <translation>Fehlerbeschreibung</translation>
    </message>
    <message>
        <source>What the external system should have said</source>
        <translation>Was das externe System hätte melden sollen</translation>
    </message>
    <message>
        <source>Error &amp;code:</source>
        <translation>Fehler&amp;code:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Why (kept in the action journal)</source>
        <translation>Warum (wird im Aktionsprotokoll festgehalten)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message numerus="yes">
        <source>%n pending entries will be marked “%1”, as if the external system had delivered them. The external system will no longer see them as pending.</source>
        <translation>
            <numerusform>%n ausstehender Eintrag wird als „%1“ markiert, als hätte das externe System ihn zugestellt. Das externe System sieht ihn nicht mehr als ausstehend.</numerusform>
            <numerusform>%n ausstehende Einträge werden als „%1“ markiert, als hätte das externe System sie zugestellt. Das externe System sieht sie nicht mehr als ausstehend.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending entries will be marked “%1” with the error below. They will not be delivered; you can resend a corrected communication afterwards.</source>
        <translation>
            <numerusform>%n ausstehender Eintrag wird mit dem Fehler unten als „%1“ markiert. Er wird nicht zugestellt; Sie können danach eine korrigierte Kommunikation erneut senden.</numerusform>
            <numerusform>%n ausstehende Einträge werden mit dem Fehler unten als „%1“ markiert. Sie werden nicht zugestellt; Sie können danach eine korrigierte Kommunikation erneut senden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries will be marked “%1”: taken out of the queue for good. A pending one will never be delivered.</source>
        <translation>
            <numerusform>%n Eintrag wird als „%1“ markiert: endgültig aus der Warteschlange genommen. Ist er ausstehend, wird er nie zugestellt.</numerusform>
            <numerusform>%n Einträge werden als „%1“ markiert: endgültig aus der Warteschlange genommen. Ausstehende werden nie zugestellt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>commdesk::QueueActionRunner</name>
    <message>
        <source>resent as %1</source>
        <translation>erneut gesendet als %1</translation>
    </message>
    <message>
        <source>%1 names no communication to send again.</source>
        <translation>%1 nennt keine Kommunikation, die erneut gesendet werden kann.</translation>
    </message>
    <message>
        <source>The communication of %1 names no contact.</source>
        <translation>Die Kommunikation von %1 nennt keinen Kontakt.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
</context>
<context>
    <name>commdesk::QueueAlertSettingsDialog</name>
    <message>
        <source>Queue alerts</source>
        <translation>Warteschlangenalarme</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Pending backlog limit</source>
        <translation>Grenzwert für ausstehende Einträge</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Oldest pending age limit</source>
        <translation>Grenzwert für das Alter des ältesten ausstehenden Eintrags</translation>
    </message>
    <message>
        <source>Reject ratio limit</source>
        <translation>Grenzwert für die Ablehnungsquote</translation>
    </message>
    <message>
        <source>Stuck source limit</source>
        <translation>Grenzwert für blockierte Quellen</translation>
    </message>
    <message>
        <source>An alert (a banner and a desktop notification) is raised once when a measure goes above its limit, and again only after it has been back below for a while.</source>
        <translation>Ein Alarm (ein Banner und eine Desktop-Benachrichtigung) wird einmal ausgelöst, wenn ein Messwert seinen Grenzwert überschreitet, und erst dann erneut, wenn er eine Weile wieder darunter lag.</translation>
    </message>
    <message>
        <source>More than this many &amp;pending entries:</source>
        <translation>Mehr als so viele &amp;ausstehende Einträge:</translation>
    </message>
    <message>
        <source>&amp;Oldest pending entry waiting longer than:</source>
        <translation>&amp;Ältester ausstehender Eintrag wartet länger als:</translation>
    </message>
    <message>
        <source>&amp;Reject ratio (recent) above:</source>
        <translation>Ablehnungs&amp;quote (aktuell) über:</translation>
    </message>
    <message>
        <source>A source with waiting entries &amp;sends nothing for:</source>
        <translation>Eine Quelle mit wartenden Einträgen &amp;sendet nichts seit mehr als:</translation>
    </message>
</context>
<context>
    <name>commdesk::QueueAlerts</name>
    <message numerus="yes">
        <source>%n entries are pending (limit %1).</source>
        <translation>
            <numerusform>%n Eintrag ist ausstehend (Grenzwert %1).</numerusform>
            <numerusform>%n Einträge sind ausstehend (Grenzwert %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>The oldest pending entry has waited %1 (limit %2).</source>
        <translation>Der älteste ausstehende Eintrag wartet seit %1 (Grenzwert %2).</translation>
    </message>
    <message>
        <source>%1% of recent entries were rejected (limit %2%).</source>
        <translation>%1 % der letzten Einträge wurden abgelehnt (Grenzwert %2 %).</translation>
    </message>
    <message>
        <source>Entries wait and nothing has been sent for %1 at: %2.</source>
        <translation>Es warten Einträge, und seit %1 wurde nichts gesendet bei: %2.</translation>
    </message>
</context>
<context>
    <name>commdesk::QueueChartsView</name>
    <message>
        <source>Pending backlog</source>
        <translation>Ausstehende Einträge</translation>
    </message>
    <message>
        <source>Completed and rejected</source>
        <translation>Abgeschlossen und abgelehnt</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>Chart range</source>
        <translation>Diagrammzeitraum</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Pending backlog chart</source>
        <translation>Diagramm der ausstehenden Einträge</translation>
    </message>
    <message>
        <source>Completed and rejected chart</source>
        <translation>Diagramm der abgeschlossenen und abgelehnten Einträge</translation>
    </message>
    <message>
        <source>&lt;b&gt;History&lt;/b&gt;</source>
        <translation>&lt;b&gt;Verlauf&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>per 5 minutes</source>
        <translation>pro 5 Minuten</translation>
    </message>
    <message>
        <source>per hour</source>
        <translation>pro Stunde</translation>
    </message>
    <message>
        <source>Completed and rejected %1</source>
        <translation>Abgeschlossen und abgelehnt %1</translation>
    </message>
    <message>
        <source>As a &amp;table</source>
        <translation>Als &amp;Tabelle</translation>
    </message>
    <message>
        <source>Queue history as a table</source>
        <translation>Warteschlangenverlauf als Tabelle</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Ab</translation>
    </message>
    <message>
        <source>Show the history as a table</source>
        <translation>Verlauf als Tabelle anzeigen</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
</context>
<context>
    <name>commdesk::QueueEntryDetailView</name>
    <message>
        <source>Queue entry details</source>
        <translation>Details des Warteschlangeneintrags</translation>
    </message>
    <message>
        <source>No entry selected</source>
        <translation>Kein Eintrag ausgewählt</translation>
    </message>
    <message>
        <source>Queue entry %1</source>
        <translation>Warteschlangeneintrag %1</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>External system</source>
        <translation>Externes System</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>The communication could not be loaded: %1</source>
        <translation>Die Kommunikation konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Loading communication %1…</source>
        <translation>Kommunikation %1 wird geladen…</translation>
    </message>
    <message>
        <source>Select a queue entry to see it and its communication.</source>
        <translation>Wählen Sie einen Warteschlangeneintrag, um ihn und seine Kommunikation zu sehen.</translation>
    </message>
</context>
<context>
    <name>commdesk::QueueEntryFilterBar</name>
    <message>
        <source>Media or external system filter</source>
        <translation>Filter nach Medium oder externem System</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Alle Quellen</translation>
    </message>
    <message>
        <source>State filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Contact filter</source>
        <translation>Kontaktfilter</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>Fehlercode</translation>
    </message>
    <message>
        <source>Error code filter</source>
        <translation>Fehlercodefilter</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
</context>
<context>
    <name>commdesk::QueueEntryModel</name>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>External system</source>
        <translation>Externes System</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>Fehlercode</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
</context>
<context>
    <name>commdesk::QueueEntryToolBar</name>
    <message>
        <source>Queue entry actions</source>
        <translation>Aktionen für Warteschlangeneinträge</translation>
    </message>
    <message>
        <source>&amp;Complete…</source>
        <translation>&amp;Abschließen…</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>A&amp;blehnen…</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>Re&amp;send…</source>
        <translation>Erneut &amp;senden…</translation>
    </message>
    <message>
        <source>&amp;Open communication</source>
        <translation>Kommunikation ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Copy &amp;link</source>
        <translation>&amp;Link kopieren</translation>
    </message>
</context>
<context>
    <name>commdesk::QueueJournal</name>
    <message>
        <source>the file cannot be opened</source>
        <translation>die Datei kann nicht geöffnet werden</translation>
    </message>
</context>
<context>
    <name>commdesk::QueueMetricsRunner</name>
    <message>
        <source>commdesk-cli: the queue could not be polled: %1</source>
        <translation>commdesk-cli: Die Warteschlange konnte nicht abgefragt werden: %1</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2.</source>
        <translation>Auf %1 an Port %2 kann nicht gelauscht werden.</translation>
    </message>
    <message>
        <source>Serving the queue&apos;s metrics at http://%1:%2/metrics (a poll every %3 s)</source>
        <translation>Die Metriken der Warteschlange werden unter http://%1:%2/metrics bereitgestellt (alle %3 s eine Abfrage)</translation>
    </message>
</context>
<context>
    <name>commdesk::QueueMonitorHeader</name>
    <message>
        <source>Last update</source>
        <translation>Letzte Aktualisierung</translation>
    </message>
    <message>
        <source>Refresh interval</source>
        <translation>Aktualisierungsintervall</translation>
    </message>
    <message>
        <source>Every %1 s</source>
        <translation>Alle %1 s</translation>
    </message>
    <message>
        <source>Every %1 min</source>
        <translation>Alle %1 min</translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n ausstehend</numerusform>
            <numerusform>%n ausstehend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending — stuck: %1</source>
        <translation>
            <numerusform>%n ausstehend — blockiert: %1</numerusform>
            <numerusform>%n ausstehend — blockiert: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Not updated yet</source>
        <translation>Noch nicht aktualisiert</translation>
    </message>
    <message numerus="yes">
        <source>Updated %n seconds ago</source>
        <translation>
            <numerusform>Vor %n Sekunde aktualisiert</numerusform>
            <numerusform>Vor %n Sekunden aktualisiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Updated %1 ago</source>
        <translation>Vor %1 aktualisiert</translation>
    </message>
    <message>
        <source> (stale)</source>
        <translation> (veraltet)</translation>
    </message>
    <message>
        <source> — paused</source>
        <translation> — angehalten</translation>
    </message>
</context>
<context>
    <name>commdesk::QueueMonitorWidget</name>
    <message>
        <source>CommDesk queue monitor</source>
        <translation>CommDesk-Warteschlangenmonitor</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ak&amp;tualisieren</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>Action &amp;journal</source>
        <translation>Aktions&amp;protokoll</translation>
    </message>
    <message>
        <source>&amp;Alerts…</source>
        <translation>A&amp;larme…</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Queue summary</source>
        <translation>Warteschlangenübersicht</translation>
    </message>
    <message>
        <source>By media and external system</source>
        <translation>Nach Medium und externem System</translation>
    </message>
    <message>
        <source>Queue entries</source>
        <translation>Warteschlangeneinträge</translation>
    </message>
    <message>
        <source>Rejections by error code</source>
        <translation>Ablehnungen nach Fehlercode</translation>
    </message>
    <message numerus="yes">
        <source>The action journal was damaged. It was put aside as %1 and a new one started with the records that could still be read (%n record(s)).</source>
        <translation>
            <numerusform>Das Aktionsprotokoll war beschädigt. Es wurde als %1 beiseitegelegt, und ein neues wurde mit den Einträgen begonnen, die noch gelesen werden konnten (%n Eintrag).</numerusform>
            <numerusform>Das Aktionsprotokoll war beschädigt. Es wurde als %1 beiseitegelegt, und ein neues wurde mit den Einträgen begonnen, die noch gelesen werden konnten (%n Einträge).</numerusform>
        </translation>
    </message>
    <message>
        <source>The action journal cannot be opened (%1). Queue actions still work, but they are not recorded.</source>
        <translation>Das Aktionsprotokoll kann nicht geöffnet werden (%1). Warteschlangenaktionen funktionieren weiterhin, werden aber nicht protokolliert.</translation>
    </message>
    <message>
        <source>The action journal could not record “%1” on %2 (%3). The action itself was carried out; the journal may be incomplete.</source>
        <translation>Das Aktionsprotokoll konnte „%1“ für %2 nicht festhalten (%3). Die Aktion selbst wurde ausgeführt; das Protokoll ist möglicherweise unvollständig.</translation>
    </message>
    <message>
        <source>The figures below are from %1 and may be out of date.</source>
        <translation>Die folgenden Zahlen haben den Stand %1 und sind möglicherweise veraltet.</translation>
    </message>
    <message>
        <source>No figures yet.</source>
        <translation>Noch keine Zahlen.</translation>
    </message>
    <message>
        <source>The queue could not be read: %1 %2</source>
        <translation>Die Warteschlange konnte nicht gelesen werden: %1 %2</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message numerus="yes">
        <source>%n actions failed: %1</source>
        <translation>
            <numerusform>%n Aktion fehlgeschlagen: %1</numerusform>
            <numerusform>%n Aktionen fehlgeschlagen: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>CommDesk queue alert</source>
        <translation>CommDesk-Warteschlangenalarm</translation>
    </message>
    <message>
        <source>Queue monitor</source>
        <translation>Warteschlangenmonitor</translation>
    </message>
</context>
<context>
    <name>commdesk::QueueRunner</name>
    <message>
        <source>NUMBER</source>
        <translation>NUMMER</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>MEDIA</source>
        <translation>MEDIUM</translation>
    </message>
    <message>
        <source>COMMUNICATION</source>
        <translation>KOMMUNIKATION</translation>
    </message>
    <message>
        <source>CONTACT</source>
        <translation>KONTAKT</translation>
    </message>
    <message>
        <source>EXTERNAL_SYSTEM</source>
        <translation>EXTERNES_SYSTEM</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>ERSTELLT</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>FEHLER</translation>
    </message>
    <message>
        <source>Not a queue command.</source>
        <translation>Kein Warteschlangenbefehl.</translation>
    </message>
    <message>
        <source>The action was not written to the action journal %1: %2</source>
        <translation>Die Aktion wurde nicht in das Aktionsprotokoll %1 geschrieben: %2</translation>
    </message>
</context>
<context>
    <name>commdesk::QueueSummaryModel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 T %2 h</translation>
    </message>
    <message>
        <source>Stuck</source>
        <translation>Blockiert</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Leerlauf</translation>
    </message>
    <message>
        <source>Entries are waiting and none has been completed or rejected for a while.</source>
        <translation>Es warten Einträge, und seit einer Weile wurde keiner abgeschlossen oder abgelehnt.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Oldest pending</source>
        <translation>Ältester ausstehender</translation>
    </message>
    <message>
        <source>Done/min</source>
        <translation>Erledigt/min</translation>
    </message>
    <message>
        <source>Rejected/min</source>
        <translation>Abgelehnt/min</translation>
    </message>
    <message>
        <source>Reject ratio</source>
        <translation>Ablehnungsquote</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>commdesk::QueueTab</name>
    <message>
        <source>Go</source>
        <translation>Los</translation>
    </message>
    <message>
        <source>Queue views</source>
        <translation>Warteschlangenansichten</translation>
    </message>
    <message>
        <source>&amp;Monitor</source>
        <translation>&amp;Monitor</translation>
    </message>
    <message>
        <source>&amp;Next to send</source>
        <translation>Als &amp;Nächstes zu senden</translation>
    </message>
    <message>
        <source>&amp;Delivered, not viewed</source>
        <translation>&amp;Zugestellt, nicht gesehen</translation>
    </message>
    <message>
        <source>Entries delivered whose communication has not been viewed</source>
        <translation>Zugestellte Einträge, deren Kommunikation nicht gesehen wurde</translation>
    </message>
    <message>
        <source>CQ000123 or id</source>
        <translation>CQ000123 oder ID</translation>
    </message>
    <message>
        <source>Queue entry number or id</source>
        <translation>Nummer oder ID des Warteschlangeneintrags</translation>
    </message>
    <message>
        <source>Go to queue entry</source>
        <translation>Zu Warteschlangeneintrag wechseln</translation>
    </message>
    <message>
        <source>&amp;Go to entry:</source>
        <translation>Zu Eintrag &amp;wechseln:</translation>
    </message>
    <message>
        <source>&amp;Go to queue entry…</source>
        <translation>Zu Warteschlangeneintrag &amp;wechseln…</translation>
    </message>
    <message>
        <source>Open a queue entry by its number or id (%1)</source>
        <translation>Einen Warteschlangeneintrag über seine Nummer oder ID öffnen (%1)</translation>
    </message>
    <message>
        <source>There is no queue entry %1.</source>
        <translation>Es gibt keinen Warteschlangeneintrag %1.</translation>
    </message>
    <message>
        <source>The queue entry could not be opened: %1</source>
        <translation>Der Warteschlangeneintrag konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>What a gateway will take next: the pending entries, in the server&apos;s order</source>
        <translation>Was ein Gateway als Nächstes übernimmt: die ausstehenden Einträge in der Reihenfolge des Servers</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
</context>
<context>
    <name>commdesk::QueueWorkListView</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ak&amp;tualisieren</translation>
    </message>
    <message>
        <source>Refresh (%1)</source>
        <translation>Aktualisieren (%1)</translation>
    </message>
    <message>
        <source>The list could not be loaded: %1</source>
        <translation>Die Liste konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Media or external system</source>
        <translation>Medium oder externes System</translation>
    </message>
    <message>
        <source>Number of entries</source>
        <translation>Anzahl der Einträge</translation>
    </message>
    <message>
        <source>&amp;Entries:</source>
        <translation>&amp;Einträge:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>List status</source>
        <translation>Listenstatus</translation>
    </message>
    <message>
        <source>The pending entries the gateway takes next, in the server&apos;s order.</source>
        <translation>Die ausstehenden Einträge, die das Gateway als Nächstes übernimmt, in der Reihenfolge des Servers.</translation>
    </message>
    <message>
        <source>Entries delivered (completed) whose communication nobody has viewed yet.</source>
        <translation>Zugestellte (abgeschlossene) Einträge, deren Kommunikation noch niemand gesehen hat.</translation>
    </message>
    <message>
        <source>Entries to send next</source>
        <translation>Als Nächstes zu sendende Einträge</translation>
    </message>
    <message>
        <source>Delivered entries not yet viewed</source>
        <translation>Zugestellte, noch nicht gesehene Einträge</translation>
    </message>
    <message>
        <source>Entries message</source>
        <translation>Meldung zu den Einträgen</translation>
    </message>
    <message>
        <source>Some actions failed: %1</source>
        <translation>Einige Aktionen sind fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>No entries are waiting for %1.</source>
        <translation>Für %1 warten keine Einträge.</translation>
    </message>
    <message>
        <source>Nothing delivered through %1 is waiting to be viewed.</source>
        <translation>Nichts, was über %1 zugestellt wurde, wartet darauf, gesehen zu werden.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Stand: %1</translation>
    </message>
    <message>
        <source>The list could not be loaded.</source>
        <translation>Die Liste konnte nicht geladen werden.</translation>
    </message>
    <message>
        <source>Next to send</source>
        <translation>Als Nächstes zu senden</translation>
    </message>
    <message>
        <source>Delivered, not viewed</source>
        <translation>Zugestellt, nicht gesehen</translation>
    </message>
</context>
<context>
    <name>commdesk::RejectionGroupActions</name>
    <message>
        <source>Rejection group actions</source>
        <translation>Aktionen für Ablehnungsgruppen</translation>
    </message>
    <message>
        <source>Resend group…</source>
        <translation>Gruppe erneut senden…</translation>
    </message>
    <message>
        <source>Complete group…</source>
        <translation>Gruppe abschließen…</translation>
    </message>
    <message>
        <source>Reject group again…</source>
        <translation>Gruppe erneut ablehnen…</translation>
    </message>
    <message>
        <source>Remove group…</source>
        <translation>Gruppe entfernen…</translation>
    </message>
    <message>
        <source>Choose a rejection group first.</source>
        <translation>Wählen Sie zuerst eine Ablehnungsgruppe aus.</translation>
    </message>
    <message>
        <source>A rejected entry is final: the queue completes, rejects or removes only pending entries (and removes completed ones). Resend sends the group again.</source>
        <translation>Ein abgelehnter Eintrag ist endgültig: Die Warteschlange schließt nur ausstehende Einträge ab, lehnt sie ab oder entfernt sie (und entfernt abgeschlossene). „Erneut senden“ sendet die Gruppe noch einmal.</translation>
    </message>
</context>
<context>
    <name>commdesk::RejectionGroupModel</name>
    <message>
        <source>(no code)</source>
        <translation>(kein Code)</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>Fehlercode</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Latest description</source>
        <translation>Letzte Beschreibung</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Zuletzt</translation>
    </message>
</context>
<context>
    <name>commdesk::SavedViewList</name>
    <message>
        <source>Saved views</source>
        <translation>Gespeicherte Ansichten</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>Umbe&amp;nennen</translation>
    </message>
    <message>
        <source>&amp;Update to the list as it is now</source>
        <translation>Auf die aktuelle Liste &amp;aktualisieren</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben verschieben</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Nach &amp;unten verschieben</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>“%1” removed.</source>
        <translation>„%1“ entfernt.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>“%1” could not be put back: a view of that name was saved meanwhile.</source>
        <translation>„%1“ konnte nicht wiederhergestellt werden: In der Zwischenzeit wurde eine Ansicht mit diesem Namen gespeichert.</translation>
    </message>
    <message>
        <source>Saved view&amp;s</source>
        <translation>Ge&amp;speicherte Ansichten</translation>
    </message>
    <message>
        <source>Keep the list you look at with View ▸ Save view (Ctrl+D).</source>
        <translation>Speichern Sie die angezeigte Liste mit Ansicht ▸ Ansicht speichern (Ctrl+D).</translation>
    </message>
</context>
<context>
    <name>commdesk::SavedViewModel</name>
    <message>
        <source>A saved view needs a name.</source>
        <translation>Eine gespeicherte Ansicht benötigt einen Namen.</translation>
    </message>
    <message>
        <source>There is already a saved view called “%1”.</source>
        <translation>Es gibt bereits eine gespeicherte Ansicht namens „%1“.</translation>
    </message>
    <message>
        <source>Category %1</source>
        <translation>Kategorie %1</translation>
    </message>
    <message>
        <source>Contact %1</source>
        <translation>Kontakt %1</translation>
    </message>
    <message>
        <source>rows with “%1”</source>
        <translation>Zeilen mit „%1“</translation>
    </message>
</context>
<context>
    <name>commdesk::SearchField</name>
    <message>
        <source>Search all communications (Ctrl+K)</source>
        <translation>In allen Kommunikationen suchen (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search all communications</source>
        <translation>In allen Kommunikationen suchen</translation>
    </message>
    <message>
        <source>Searches every communication CommDesk has loaded or opened; a communication or contact number is also looked up on the server.</source>
        <translation>Durchsucht jede Kommunikation, die CommDesk geladen oder geöffnet hat; eine Kommunikations- oder Kontaktnummer wird außerdem auf dem Server nachgeschlagen.</translation>
    </message>
</context>
<context>
    <name>commdesk::SearchResultModel</name>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Gefunden in</translation>
    </message>
</context>
<context>
    <name>commdesk::SearchResultsView</name>
    <message>
        <source>Back to the list</source>
        <translation>Zurück zur Liste</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>Close the search and show the list again (Esc)</source>
        <translation>Suche schließen und wieder die Liste anzeigen (Esc)</translation>
    </message>
    <message>
        <source>Type a word, a name or a number to search every communication CommDesk has loaded or opened.</source>
        <translation>Geben Sie ein Wort, einen Namen oder eine Nummer ein, um alle Kommunikationen zu durchsuchen, die CommDesk geladen oder geöffnet hat.</translation>
    </message>
    <message>
        <source>Searching for “%1”…</source>
        <translation>Suche nach „%1“…</translation>
    </message>
    <message>
        <source>Nothing found for “%1”. CommDesk searches what it has loaded or opened on this computer; a communication number (CM004902) or a contact number (CI000271) is also looked up on the server.</source>
        <translation>Nichts gefunden für „%1“. CommDesk durchsucht, was auf diesem Computer geladen oder geöffnet wurde; eine Kommunikationsnummer (CM004902) oder eine Kontaktnummer (CI000271) wird außerdem auf dem Server nachgeschlagen.</translation>
    </message>
    <message>
        <source>The best %1 results for “%2”, across all categories and contacts.</source>
        <translation>Die besten %1 Ergebnisse für „%2“, über alle Kategorien und Kontakte.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) for “%1”, across all categories and contacts.</source>
        <translation>
            <numerusform>%n Ergebnis für „%1“, über alle Kategorien und Kontakte.</numerusform>
            <numerusform>%n Ergebnisse für „%1“, über alle Kategorien und Kontakte.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server could not be asked: %1</source>
        <translation>Der Server konnte nicht abgefragt werden: %1</translation>
    </message>
</context>
<context>
    <name>commdesk::SecretStore</name>
    <message>
        <source>no keychain service was found</source>
        <translation>es wurde kein Schlüsselbund-Dienst gefunden</translation>
    </message>
    <message>
        <source>Not remembered: this system has no keychain to keep it safely (%1). You will be asked for it at the next sign-in.</source>
        <translation>Nicht gespeichert: Dieses System hat keinen Schlüsselbund, um es sicher aufzubewahren (%1). Sie werden bei der nächsten Anmeldung danach gefragt.</translation>
    </message>
    <message>
        <source>Not remembered: the keychain refused to keep it (%1).</source>
        <translation>Nicht gespeichert: Der Schlüsselbund hat die Aufbewahrung verweigert (%1).</translation>
    </message>
</context>
<context>
    <name>commdesk::ShortcutsDialog</name>
    <message>
        <source>&amp;Assign</source>
        <translation>&amp;Zuweisen</translation>
    </message>
    <message>
        <source>&amp;No shortcut</source>
        <translation>&amp;Kein Kürzel</translation>
    </message>
    <message>
        <source>&amp;Default</source>
        <translation>&amp;Standard</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Find an action or a key…</source>
        <translation>Aktion oder Taste suchen…</translation>
    </message>
    <message>
        <source>Find a shortcut</source>
        <translation>Kürzel suchen</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>New shortcut</source>
        <translation>Neues Kürzel</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>Su&amp;chen:</translation>
    </message>
    <message>
        <source>&amp;Press the new shortcut:</source>
        <translation>Neues Kürzel &amp;drücken:</translation>
    </message>
    <message>
        <source>%1 is already the shortcut of “%2”. Choose another, or change that one first.</source>
        <translation>%1 ist bereits das Kürzel von „%2“. Wählen Sie ein anderes oder ändern Sie zuerst jenes.</translation>
    </message>
    <message>
        <source>Changed; the default is %1</source>
        <translation>Geändert; Standard ist %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keins</translation>
    </message>
</context>
<context>
    <name>commdesk::SignInDialog</name>
    <message>
        <source>Try the &amp;demo</source>
        <translation>&amp;Demo ausprobieren</translation>
    </message>
    <message>
        <source>Sign in to CRM.COM</source>
        <translation>Bei CRM.COM anmelden</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Try CommDesk with demo data on a built-in practice server; nothing reaches a real CRM.COM.</source>
        <translation>CommDesk mit Demodaten auf einem eingebauten Übungsserver ausprobieren; nichts davon erreicht ein echtes CRM.COM.</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Demo ausprobieren</translation>
    </message>
    <message>
        <source>Work off&amp;line</source>
        <translation>Off&amp;line arbeiten</translation>
    </message>
    <message>
        <source>Work offline</source>
        <translation>Offline arbeiten</translation>
    </message>
    <message>
        <source>Show what was last loaded from this server, and connect when it answers again</source>
        <translation>Zuletzt von diesem Server Geladenes anzeigen und verbinden, sobald er wieder antwortet</translation>
    </message>
    <message>
        <source>Starting the demo…</source>
        <translation>Demo wird gestartet…</translation>
    </message>
    <message>
        <source>The practice server could not start: %1</source>
        <translation>Der Übungsserver konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>Something answered at this address, but in plain HTTP rather than HTTPS. If this server is meant to be used without encryption, try the address with http:// instead of https://.</source>
        <translation>Unter dieser Adresse hat etwas geantwortet, aber über einfaches HTTP statt HTTPS. Wenn dieser Server ohne Verschlüsselung verwendet werden soll, versuchen Sie die Adresse mit http:// statt https://.</translation>
    </message>
    <message>
        <source>Session expired</source>
        <translation>Sitzung abgelaufen</translation>
    </message>
    <message>
        <source>Your session with the server has ended. Sign in again to carry on: everything you have open stays as it is, and what could not be done is tried again.</source>
        <translation>Ihre Sitzung mit dem Server ist beendet. Melden Sie sich erneut an, um fortzufahren: Alles, was Sie geöffnet haben, bleibt unverändert, und was nicht ausgeführt werden konnte, wird erneut versucht.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <source>Enter the web API key.</source>
        <translation>Geben Sie den Web-API-Schlüssel ein.</translation>
    </message>
    <message>
        <source>Enter your username, password and organisation.</source>
        <translation>Geben Sie Ihren Benutzernamen, Ihr Passwort und Ihre Organisation ein.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>No CRM.COM server answered at this address. Check the address and your network connection. (%1)</source>
        <translation>Unter dieser Adresse hat kein CRM.COM-Server geantwortet. Prüfen Sie die Adresse und Ihre Netzwerkverbindung. (%1)</translation>
    </message>
    <message>
        <source>Something answered at this address, but it does not look like a CRM.COM server. (%1)</source>
        <translation>Unter dieser Adresse hat etwas geantwortet, aber es scheint kein CRM.COM-Server zu sein. (%1)</translation>
    </message>
    <message>
        <source>The server refused this API key.</source>
        <translation>Der Server hat diesen API-Schlüssel abgelehnt.</translation>
    </message>
</context>
<context>
    <name>commdesk::SignInForm</name>
    <message>
        <source>Sign in with a web &amp;API key instead</source>
        <translation>Stattdessen mit einem Web-&amp;API-Schlüssel anmelden</translation>
    </message>
    <message>
        <source>&amp;Remember in the system keychain</source>
        <translation>Im System-Schlüsselbund &amp;merken</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Du&amp;rchsuchen…</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>a name for this server and account</source>
        <translation>ein Name für diesen Server und dieses Konto</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>optional: a PEM file of your organisation&apos;s certificate authorities</source>
        <translation>optional: eine PEM-Datei mit den Zertifizierungsstellen Ihrer Organisation</translation>
    </message>
    <message>
        <source>Server profile</source>
        <translation>Serverprofil</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Business unit</source>
        <translation>Geschäftseinheit</translation>
    </message>
    <message>
        <source>Web API key</source>
        <translation>Web-API-Schlüssel</translation>
    </message>
    <message>
        <source>Sign in with a web API key</source>
        <translation>Mit einem Web-API-Schlüssel anmelden</translation>
    </message>
    <message>
        <source>Remember in the system keychain</source>
        <translation>Im System-Schlüsselbund merken</translation>
    </message>
    <message>
        <source>Certificate authority bundle</source>
        <translation>Zertifizierungsstellen-Bundle</translation>
    </message>
    <message>
        <source>Choose a certificate authority bundle</source>
        <translation>Zertifizierungsstellen-Bundle auswählen</translation>
    </message>
    <message>
        <source>Security warning</source>
        <translation>Sicherheitswarnung</translation>
    </message>
    <message>
        <source>About remembering</source>
        <translation>Hinweis zum Merken</translation>
    </message>
    <message>
        <source>Problem with the server</source>
        <translation>Problem mit dem Server</translation>
    </message>
    <message>
        <source>Problem with the sign-in</source>
        <translation>Problem bei der Anmeldung</translation>
    </message>
    <message>
        <source>Problem with the API key</source>
        <translation>Problem mit dem API-Schlüssel</translation>
    </message>
    <message>
        <source>Choose the PEM file of your organisation&apos;s certificate authorities</source>
        <translation>Wählen Sie die PEM-Datei mit den Zertifizierungsstellen Ihrer Organisation</translation>
    </message>
    <message>
        <source>Pro&amp;file:</source>
        <translation>Pro&amp;fil:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>Business u&amp;nit:</source>
        <translation>Geschäfts&amp;einheit:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-Sch&amp;lüssel:</translation>
    </message>
    <message>
        <source>CA &amp;bundle:</source>
        <translation>CA-B&amp;undle:</translation>
    </message>
    <message>
        <source>&amp;Remember the API key in the system keychain</source>
        <translation>API-Schlüssel im System-Schlüsselbund &amp;merken</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>Passwort im System-Schlüsselbund &amp;merken</translation>
    </message>
    <message>
        <source>Warning: this address starts with http://, so your password or API key and everything you read would travel unencrypted. Use https:// unless your IT department says otherwise.</source>
        <translation>Warnung: Diese Adresse beginnt mit http://, daher würden Ihr Passwort oder API-Schlüssel und alles, was Sie lesen, unverschlüsselt übertragen. Verwenden Sie https://, sofern Ihre IT-Abteilung nichts anderes vorgibt.</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Passwords and API keys cannot be remembered: this system has no keychain (%1).</source>
        <translation>Passwörter und API-Schlüssel können nicht gespeichert werden: Dieses System hat keinen Schlüsselbund (%1).</translation>
    </message>
</context>
<context>
    <name>commdesk::SmsCounterLabel</name>
    <message>
        <source>Message length</source>
        <translation>Nachrichtenlänge</translation>
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
        <translation>Zeichen: %1</translation>
    </message>
    <message>
        <source>SMS parts: %1</source>
        <translation>SMS-Teile: %1</translation>
    </message>
    <message>
        <source>%1, %2 per part</source>
        <translation>%1, %2 pro Teil</translation>
    </message>
    <message>
        <source>%1 left in this part</source>
        <translation>Noch %1 in diesem Teil</translation>
    </message>
    <message>
        <source>Characters: %1 of %2</source>
        <translation>Zeichen: %1 von %2</translation>
    </message>
    <message>
        <source>the external system</source>
        <translation>das externe System</translation>
    </message>
    <message>
        <source>Too long for %1: it accepts %2 characters, this is %3 over.</source>
        <translation>Zu lang für %1: Es akzeptiert %2 Zeichen, dies sind %3 zu viel.</translation>
    </message>
    <message>
        <source>Over the character limit</source>
        <translation>Zeichenlimit überschritten</translation>
    </message>
</context>
<context>
    <name>commdesk::TemplatePicker</name>
    <message>
        <source>No template</source>
        <translation>Keine Vorlage</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Template list status</source>
        <translation>Status der Vorlagenliste</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
</context>
<context>
    <name>commdesk::TemplatePreviewPanel</name>
    <message>
        <source>Preview with the placeholders filled in</source>
        <translation>Vorschau mit ausgefüllten Platzhaltern</translation>
    </message>
    <message>
        <source>Placeholder warning</source>
        <translation>Platzhalterwarnung</translation>
    </message>
    <message>
        <source>Look up the contact to see the placeholders filled in.</source>
        <translation>Schlagen Sie den Kontakt nach, um die Platzhalter ausgefüllt zu sehen.</translation>
    </message>
    <message>
        <source>Empty for %1: %2. The text will have a gap there.</source>
        <translation>Leer für %1: %2. Im Text entsteht dort eine Lücke.</translation>
    </message>
    <message>
        <source>Not filled in by the server: %1.</source>
        <translation>Vom Server nicht ausgefüllt: %1.</translation>
    </message>
</context>
<context>
    <name>commdesk::UnrestrictedParameterTable</name>
    <message>
        <source>Add parameter</source>
        <translation>Parameter hinzufügen</translation>
    </message>
    <message>
        <source>Remove parameter</source>
        <translation>Parameter entfernen</translation>
    </message>
    <message>
        <source>Unrestricted parameters</source>
        <translation>Freie Parameter</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Add an unrestricted parameter</source>
        <translation>Freien Parameter hinzufügen</translation>
    </message>
    <message>
        <source>Remove the selected unrestricted parameter</source>
        <translation>Ausgewählten freien Parameter entfernen</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>Whole number</source>
        <translation>Ganze Zahl</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Type of parameter %1</source>
        <translation>Typ des Parameters %1</translation>
    </message>
</context>
<context>
    <name>commdesk::accessibility</name>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>Weitere Aktionen</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Signing in to %1…</source>
        <translation>Anmeldung bei %1…</translation>
    </message>
    <message>
        <source>A desktop client for CRM.COM communications.</source>
        <translation>Ein Desktop-Client für CRM.COM-Kommunikationen.</translation>
    </message>
    <message>
        <source>The CRM.COM server to sign in to.</source>
        <translation>Der CRM.COM-Server, bei dem die Anmeldung erfolgen soll.</translation>
    </message>
    <message>
        <source>Run against the embedded CRM.COM sandbox, signed in as the demo user.</source>
        <translation>Mit der eingebetteten CRM.COM-Sandbox ausführen, angemeldet als Demo-Benutzer.</translation>
    </message>
    <message>
        <source>Start the sandbox over with fresh demo data.</source>
        <translation>Die Sandbox mit frischen Demodaten neu beginnen.</translation>
    </message>
    <message>
        <source>A commdesk:// link to open, e.g. commdesk://communication/CM004902.</source>
        <translation>Ein zu öffnender commdesk://-Link, z. B. commdesk://communication/CM004902.</translation>
    </message>
    <message>
        <source>CommDesk is already running; the request was passed to it.</source>
        <translation>CommDesk läuft bereits; die Anfrage wurde an die laufende Instanz übergeben.</translation>
    </message>
    <message>
        <source>Starting the sandbox…</source>
        <translation>Sandbox wird gestartet…</translation>
    </message>
    <message>
        <source>CommDesk</source>
        <translation>CommDesk</translation>
    </message>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation>Die Sandbox konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>Sandbox running at %1</source>
        <translation>Sandbox läuft unter %1</translation>
    </message>
</context>
</TS>
