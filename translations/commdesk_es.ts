<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AccountLock</name>
    <message>
        <source>%1 (process %2) on %3</source>
        <translation>%1 (proceso %2) en %3</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>este equipo</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The request was sent, but no answer came back (%1). It may have been carried out: check before sending it again.</source>
        <translation>La solicitud se envió, pero no llegó ninguna respuesta (%1). Es posible que se haya llevado a cabo: compruébelo antes de volver a enviarla.</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>sin respuesta a tiempo</translation>
    </message>
    <message>
        <source>The proxy server wants a user name and password. Enter them in the proxy settings.</source>
        <translation>El servidor proxy solicita un nombre de usuario y una contraseña. Introdúzcalos en la configuración del proxy.</translation>
    </message>
    <message>
        <source>The server could not be reached (%1).</source>
        <translation>No se ha podido conectar con el servidor (%1).</translation>
    </message>
    <message>
        <source>The server took too long to answer.</source>
        <translation>El servidor ha tardado demasiado en responder.</translation>
    </message>
    <message>
        <source>The secure connection to the server failed: %1.</source>
        <translation>Ha fallado la conexión segura con el servidor: %1.</translation>
    </message>
    <message>
        <source>The server answered with HTTP error %1.</source>
        <translation>El servidor ha respondido con el error HTTP %1.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was too large to accept (%1).</source>
        <translation>La respuesta del servidor era demasiado grande para aceptarla (%1).</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be understood (%1).</source>
        <translation>No se ha podido interpretar la respuesta del servidor (%1).</translation>
    </message>
    <message>
        <source>Your session has expired or is no longer valid. Please sign in again.</source>
        <translation>La sesión ha caducado o ya no es válida. Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>The username, password or organisation is not correct.</source>
        <translation>El nombre de usuario, la contraseña o la organización no son correctos.</translation>
    </message>
    <message>
        <source>The server reported an error (%1).</source>
        <translation>El servidor ha notificado un error (%1).</translation>
    </message>
    <message>
        <source>Something required is missing.</source>
        <translation>Falta algo obligatorio.</translation>
    </message>
    <message>
        <source>Something required is missing: “%1”</source>
        <translation>Falta algo obligatorio: «%1»</translation>
    </message>
    <message>
        <source>The server refused a value.</source>
        <translation>El servidor rechazó un valor.</translation>
    </message>
    <message>
        <source>The server refused a value: “%1”</source>
        <translation>El servidor rechazó un valor: «%1»</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>No encontrado.</translation>
    </message>
    <message>
        <source>Not found: “%1”</source>
        <translation>No encontrado: «%1»</translation>
    </message>
    <message>
        <source>This is not allowed in the current state.</source>
        <translation>No se permite en el estado actual.</translation>
    </message>
    <message>
        <source>This is not allowed in the current state: “%1”</source>
        <translation>No se permite en el estado actual: «%1»</translation>
    </message>
    <message>
        <source>The server reported an error: “%1”</source>
        <translation>El servidor informó de un error: «%1»</translation>
    </message>
</context>
<context>
    <name>CliParser</name>
    <message>
        <source>The option --profile needs the name of a profile of the CommDesk app.</source>
        <translation>La opción --profile necesita el nombre de un perfil de la aplicación CommDesk.</translation>
    </message>
    <message>
        <source>Give either --password-stdin or --api-key-stdin, not both: standard input holds one line.</source>
        <translation>Indique --password-stdin o --api-key-stdin, pero no ambos: la entrada estándar contiene una sola línea.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>No se ha indicado ningún comando.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a command: %2.</source>
        <translation>«%1» necesita un comando: %2.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1 %2&quot;: the %1 commands are %3.</source>
        <translation>Comando desconocido «%1 %2»: los comandos de %1 son %3.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Comando desconocido «%1».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs FIELD=VALUE naming what it acts on, e.g. %2.</source>
        <translation>«%1» necesita CAMPO=VALOR que indique sobre qué actúa, p. ej., %2.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Argumento inesperado «%1».</translation>
    </message>
    <message>
        <source>The option --%1 does not apply to &quot;%2&quot;.</source>
        <translation>La opción --%1 no se aplica a «%2».</translation>
    </message>
    <message>
        <source>No server given: use --server URL, --profile NAME or the COMMDESK_SERVER environment variable.</source>
        <translation>No se ha indicado ningún servidor: use --server URL, --profile NOMBRE o la variable de entorno COMMDESK_SERVER.</translation>
    </message>
</context>
<context>
    <name>CliProfiles</name>
    <message>
        <source>There is no profile named &quot;%1&quot;: %2 holds no profiles; create one in the CommDesk sign-in dialog.</source>
        <translation>No hay ningún perfil llamado «%1»: %2 no contiene ningún perfil; cree uno en el diálogo de inicio de sesión de CommDesk.</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;: the profiles are %2.</source>
        <translation>No hay ningún perfil llamado «%1»: los perfiles son %2.</translation>
    </message>
</context>
<context>
    <name>CliUsage</name>
    <message>
        <source>Run &apos;commdesk-cli --help&apos; for usage.</source>
        <translation>Ejecute &apos;commdesk-cli --help&apos; para ver cómo se usa.</translation>
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
        <translation>Uso: commdesk-cli --server URL --username U --organisation O [--unit ID] [--password-stdin]
                  [--api-key-stdin] [--timeout SEGUNDOS] [--json] [--verbose] COMANDO ...
     commdesk-cli --profile NOMBRE [opciones] COMANDO ...

La API de comunicaciones de CRM.COM desde un terminal. Las opciones pueden ir antes o
después del comando.

Comandos:
  communications list (--category F=V | --contact F=V) [--direction D] [--media M]
                      [--limit N] [--offset N] [--fields a,b] [--all] [--csv]
  communications show F=V [--fields a,b]          (p. ej., number=CM000680)
  communications create --contact F=V [--template F=V] [--category F=V] [--external-system F=V]
                      [--group F=V] [--privacy-level F=V]
                      [--direction D] [--media M] [--subject S] [--content C | --content-file RUTA]
                      [--to T] [--notes N] [--draft]
                      [--udf-string-1..8 TEXTO] [--udf-float-1..4 NÚMERO] [--udf-date-1..4 FECHA]
                      [--referring-to ENTIDAD:F=V] [--parameter NOMBRE:TIPO=VALOR ...]
  communications update F=V [las opciones de create salvo --contact; un valor vacío borra el campo]
                      [--update-parameter NOMBRE:TIPO=VALOR ...] [--remove-parameter F=V ...]
  communications complete F=V
  communications view F=V [--on FECHA]            (FECHA en ISO 8601; por defecto, ahora)
  contacts show F=V [--fields a,b]                (p. ej., number=CI000111, id_number=800111)
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
  queue check [--max-pending N] [--max-oldest-pending SEGUNDOS] [--max-reject-ratio R]
              [--warn-pending N] [--warn-oldest-pending SEGUNDOS] [--warn-reject-ratio R]
              [--window MINUTOS]
  queue serve-metrics --listen HOST:PUERTO [--interval SEGUNDOS]
                      (OpenMetrics para Prometheus en /metrics; una consulta cada 15 s por defecto)

F=V identifica una entidad mediante un campo, p. ej., number=CM000680, id=0A1B..., name=Billing.
D: INCOMING, OUTGOING.  M: EMAIL, SMS, PHONE, LETTER, FACE_TO_FACE.
S: PENDING, COMPLETED, REJECTED, COMPLETED_AND_REMOVED.  Se aceptan mayúsculas y minúsculas.
--referring-to JOBS:number=J000123 indica a qué se refiere la comunicación, por id o número;
ENTIDAD: %1.
--parameter colour:string=blue añade un parámetro sin restricciones; TIPO es STRING, FLOAT,
INTEGER o DATE. --update-parameter cambia el parámetro con ese nombre; --remove-parameter
elimina uno por id, clave o nombre. Cada una de ellas puede indicarse más de una vez.

Opciones:
  --server URL         el servidor de CRM.COM (o COMMDESK_SERVER)
  --profile NOMBRE     un perfil de servidor de la aplicación CommDesk: su servidor, nombre de
                       usuario, organización, unidad y certificados; las opciones indicadas
                       tienen prioridad. Su secreto se obtiene del llavero, salvo que se
                       indique como se explica más abajo.
                       COMMDESK_SETTINGS=RUTA lee los perfiles de otro archivo de configuración.
  --username U         (o COMMDESK_USERNAME)
  --organisation O     (o COMMDESK_ORGANISATION)
  --unit ID            (o COMMDESK_UNIT)
  --password-stdin     leer la contraseña de la primera línea de la entrada estándar
  --api-key-stdin      leer una clave de API web de la primera línea de la entrada estándar
                       Sin ninguna de las dos: COMMDESK_API_KEY o, si no, COMMDESK_PASSWORD.
                       Los secretos nunca se aceptan como opciones de la línea de comandos.
  --timeout SEGUNDOS   el plazo total de cada solicitud (por defecto, 30)
  --json               mostrar los resultados como un único documento JSON
  --verbose            dejar pasar los diagnósticos a la salida de error estándar (los
                       secretos siguen ocultos)
  --help, --version

communications list: --all lee todas las páginas (--limit pasa a ser el tamaño de página,
500 por defecto); --csv genera CSV para hojas de cálculo (UTF-8, con las fórmulas
neutralizadas) en lugar de una tabla.

queue check: --max-* son los límites CRITICAL; WARNING es por encima de --warn-*, que por
defecto es el 80 % de --max-*. Muestra una línea de estado con perfdata y termina con
0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN.

Código de salida: 0 éxito, 1 el servidor respondió con un error, 2 uso incorrecto, 3 red,
TLS o tiempo de espera agotado, 4 una respuesta que no se pudo interpretar.
</translation>
    </message>
</context>
<context>
    <name>CommandArgumentsReader</name>
    <message>
        <source>--listen wants HOST:PORT with an address or localhost, e.g. 127.0.0.1:9464; &quot;%1&quot; is not.</source>
        <translation>--listen requiere HOST:PUERTO con una dirección o localhost, p. ej., 127.0.0.1:9464; «%1» no lo es.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs --%2.</source>
        <translation>«%1» necesita --%2.</translation>
    </message>
    <message>
        <source>Give either --csv or --json, not both.</source>
        <translation>Indique --csv o --json, pero no ambos.</translation>
    </message>
    <message>
        <source>--csv writes its own columns: leave out --fields.</source>
        <translation>--csv escribe sus propias columnas: omita --fields.</translation>
    </message>
    <message>
        <source>Nothing to update: give at least one option such as --subject or --notes.</source>
        <translation>No hay nada que actualizar: indique al menos una opción, como --subject o --notes.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a non-empty --code and --description.</source>
        <translation>«%1» necesita --code y --description no vacíos.</translation>
    </message>
    <message>
        <source>Give either --category or --contact to &quot;%1&quot;, not both.</source>
        <translation>Indique --category o --contact para «%1», pero no ambos.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs --category or --contact.</source>
        <translation>«%1» necesita --category o --contact.</translation>
    </message>
    <message>
        <source>Give either --media or --external-system to &quot;%1&quot;, not both.</source>
        <translation>Indique --media o --external-system para «%1», pero no ambos.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs --media or --external-system.</source>
        <translation>«%1» necesita --media o --external-system.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs --media, --external-system or --all.</source>
        <translation>«%1» necesita --media, --external-system o --all.</translation>
    </message>
    <message>
        <source>Give only one of --media, --external-system and --all to &quot;%1&quot;.</source>
        <translation>Indique solo una de las opciones --media, --external-system y --all para «%1».</translation>
    </message>
    <message>
        <source>--%1 must not be above --%2.</source>
        <translation>--%1 no debe ser mayor que --%2.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Unknown option &quot;%1&quot;.</source>
        <translation>Opción desconocida «%1».</translation>
    </message>
    <message>
        <source>Passwords are not accepted on the command line, where other users and the shell history can see them: use --password-stdin or the COMMDESK_PASSWORD environment variable.</source>
        <translation>No se aceptan contraseñas en la línea de comandos, donde otros usuarios y el historial del shell pueden verlas: use --password-stdin o la variable de entorno COMMDESK_PASSWORD.</translation>
    </message>
    <message>
        <source>Secrets are not accepted on the command line, where other users and the shell history can see them: use --api-key-stdin or the COMMDESK_API_KEY environment variable.</source>
        <translation>No se aceptan secretos en la línea de comandos, donde otros usuarios y el historial del shell pueden verlos: use --api-key-stdin o la variable de entorno COMMDESK_API_KEY.</translation>
    </message>
    <message>
        <source>Unknown option &quot;--%1&quot;.</source>
        <translation>Opción desconocida «--%1».</translation>
    </message>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation>La opción --%1 necesita un valor.</translation>
    </message>
    <message>
        <source>The option --%1 takes no value.</source>
        <translation>La opción --%1 no admite ningún valor.</translation>
    </message>
    <message>
        <source>The option --%1 was given more than once.</source>
        <translation>La opción --%1 se ha indicado más de una vez.</translation>
    </message>
</context>
<context>
    <name>CommunicationInputReader</name>
    <message>
        <source>Give either --content or --content-file, not both.</source>
        <translation>Indique --content o --content-file, pero no ambos.</translation>
    </message>
    <message>
        <source>The option --referring-to expects ENTITY:FIELD=VALUE, e.g. JOBS:%1, not &quot;%2&quot;.</source>
        <translation>La opción --referring-to espera ENTIDAD:CAMPO=VALOR, p. ej., JOBS:%1, no «%2».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an entity that --referring-to knows: use one of %2.</source>
        <translation>«%1» no es una entidad que --referring-to reconozca: use una de %2.</translation>
    </message>
    <message>
        <source>The option --%1 expects NAME:TYPE=VALUE, e.g. colour:string=blue, not &quot;%2&quot;.</source>
        <translation>La opción --%1 espera NOMBRE:TIPO=VALOR, p. ej., colour:string=blue, no «%2».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a parameter type that --%2 knows: use one of %3.</source>
        <translation>«%1» no es un tipo de parámetro que --%2 reconozca: use uno de %3.</translation>
    </message>
    <message>
        <source>a number such as 2.5</source>
        <translation>un número como 2.5</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un número entero</translation>
    </message>
    <message>
        <source>an ISO 8601 date such as 2017-05-22</source>
        <translation>una fecha ISO 8601 como 2017-05-22</translation>
    </message>
    <message>
        <source>The option --%1 needs %2 as the value of the %3 parameter &quot;%4&quot;, not &quot;%5&quot;.</source>
        <translation>La opción --%1 necesita %2 como valor del parámetro %3 «%4», no «%5».</translation>
    </message>
</context>
<context>
    <name>ComposeValidation</name>
    <message>
        <source>Name the %1 as field=value, for example %2=…</source>
        <translation>Indique el %1 como campo=valor, por ejemplo, %2=…</translation>
    </message>
    <message>
        <source>“%1” is not a field of a %2; use one of: %3</source>
        <translation>«%1» no es un campo de %2; use uno de estos: %3</translation>
    </message>
    <message>
        <source>Parameter %1: enter a name.</source>
        <translation>Parámetro %1: falta el nombre.</translation>
    </message>
    <message>
        <source>Parameter %1: the name “%2” is used twice.</source>
        <translation>Parámetro %1: el nombre «%2» está repetido.</translation>
    </message>
    <message>
        <source>Parameter %1: enter a value.</source>
        <translation>Parámetro %1: falta el valor.</translation>
    </message>
    <message>
        <source>Parameter %1: “%2” is not a number.</source>
        <translation>Parámetro %1: «%2» no es un número.</translation>
    </message>
    <message>
        <source>Parameter %1: “%2” is not a whole number.</source>
        <translation>Parámetro %1: «%2» no es un número entero.</translation>
    </message>
    <message>
        <source>Parameter %1: “%2” is not a date such as 2024-05-31.</source>
        <translation>Parámetro %1: «%2» no es una fecha como 2024-05-31.</translation>
    </message>
    <message>
        <source>Choose how to name the contact.</source>
        <translation>Elija cómo identificar al contacto.</translation>
    </message>
    <message>
        <source>Enter the contact this communication is with.</source>
        <translation>Indique el contacto de esta comunicación.</translation>
    </message>
    <message>
        <source>Choose a direction.</source>
        <translation>Elija una dirección.</translation>
    </message>
    <message>
        <source>Choose a media.</source>
        <translation>Elija un medio.</translation>
    </message>
    <message>
        <source>An e-mail needs an address to send to.</source>
        <translation>Un correo electrónico necesita una dirección de destino.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address such as name@example.com.</source>
        <translation>«%1» no es una dirección de correo electrónico como nombre@example.com.</translation>
    </message>
    <message>
        <source>“%1” is not a phone number such as +357 99 123456.</source>
        <translation>«%1» no es un número de teléfono como +357 99 123456.</translation>
    </message>
    <message>
        <source>Enter a subject.</source>
        <translation>Falta el asunto.</translation>
    </message>
    <message>
        <source>Enter the content.</source>
        <translation>Falta el contenido.</translation>
    </message>
    <message>
        <source>group</source>
        <translation>grupo</translation>
    </message>
    <message>
        <source>privacy level</source>
        <translation>nivel de privacidad</translation>
    </message>
    <message>
        <source>Enter the number of what this communication refers to.</source>
        <translation>Indique el número del registro al que se refiere esta comunicación.</translation>
    </message>
    <message>
        <source>Choose what kind of record the number belongs to.</source>
        <translation>Elija a qué tipo de registro pertenece el número.</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>«%1» no es un número.</translation>
    </message>
    <message>
        <source>“%1” is not a date such as 2024-05-31.</source>
        <translation>«%1» no es una fecha como 2024-05-31.</translation>
    </message>
</context>
<context>
    <name>ComposeValues</name>
    <message>
        <source>Contact number</source>
        <translation>Número de contacto</translation>
    </message>
    <message>
        <source>Contact ID</source>
        <translation>ID de contacto</translation>
    </message>
    <message>
        <source>ID card number</source>
        <translation>Número del documento de identidad</translation>
    </message>
    <message>
        <source>Passport number</source>
        <translation>Número de pasaporte</translation>
    </message>
    <message>
        <source>Social security number</source>
        <translation>Número de la seguridad social</translation>
    </message>
    <message>
        <source>VAT registration number</source>
        <translation>Número de registro del IVA</translation>
    </message>
    <message>
        <source>Company registration number</source>
        <translation>Número de registro mercantil</translation>
    </message>
</context>
<context>
    <name>CredentialReader</name>
    <message>
        <source>No API key could be read from standard input.</source>
        <translation>No se ha podido leer ninguna clave de API de la entrada estándar.</translation>
    </message>
    <message>
        <source>No password could be read from standard input.</source>
        <translation>No se ha podido leer ninguna contraseña de la entrada estándar.</translation>
    </message>
    <message>
        <source>No password given: pipe it to --password-stdin or set COMMDESK_PASSWORD (or use an API key with --api-key-stdin or COMMDESK_API_KEY).</source>
        <translation>No se ha indicado ninguna contraseña: pásela por una tubería a --password-stdin o defina COMMDESK_PASSWORD (o use una clave de API con --api-key-stdin o COMMDESK_API_KEY).</translation>
    </message>
    <message>
        <source>No username given: use --username or the COMMDESK_USERNAME environment variable.</source>
        <translation>No se ha indicado ningún nombre de usuario: use --username o la variable de entorno COMMDESK_USERNAME.</translation>
    </message>
    <message>
        <source>No organisation given: use --organisation or the COMMDESK_ORGANISATION environment variable.</source>
        <translation>No se ha indicado ninguna organización: use --organisation o la variable de entorno COMMDESK_ORGANISATION.</translation>
    </message>
</context>
<context>
    <name>DisplayText</name>
    <message>
        <source>Incoming</source>
        <translation>Entrante</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Saliente</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Face to face</source>
        <translation>En persona</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Completed and removed</source>
        <translation>Completada y eliminada</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Suscripción</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Trabajo</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Comunicación</translation>
    </message>
    <message>
        <source>Account receivable</source>
        <translation>Cuenta por cobrar</translation>
    </message>
    <message>
        <source>Bill</source>
        <translation>Factura</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Notificación</translation>
    </message>
    <message>
        <source>Service request</source>
        <translation>Solicitud de servicio</translation>
    </message>
    <message>
        <source>Rewards participant</source>
        <translation>Participante en recompensas</translation>
    </message>
    <message>
        <source>Award transaction</source>
        <translation>Transacción de premio</translation>
    </message>
    <message>
        <source>Spend transaction</source>
        <translation>Transacción de canje</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Cliente potencial</translation>
    </message>
    <message>
        <source>Buy-in-advance request</source>
        <translation>Solicitud de compra anticipada</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Token de acceso</translation>
    </message>
    <message>
        <source>Purchase customer event</source>
        <translation>Evento de cliente de compra</translation>
    </message>
    <message>
        <source>Spend request customer event</source>
        <translation>Evento de cliente de solicitud de canje</translation>
    </message>
    <message>
        <source>Complete</source>
        <comment>queue action</comment>
        <translation>Completar</translation>
    </message>
    <message>
        <source>Reject</source>
        <comment>queue action</comment>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>Remove</source>
        <comment>queue action</comment>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Resend</source>
        <comment>queue action</comment>
        <translation>Reenviar</translation>
    </message>
</context>
<context>
    <name>OptionReader</name>
    <message>
        <source>&quot;%1&quot; is not a valid value for --%2: use one of %3.</source>
        <translation>«%1» no es un valor válido para --%2: use uno de %3.</translation>
    </message>
    <message>
        <source>%1 expects FIELD=VALUE, e.g. %2, not &quot;%3&quot;.</source>
        <translation>%1 espera CAMPO=VALOR, p. ej., %2, no «%3».</translation>
    </message>
    <message>
        <source>%1 cannot use the field &quot;%2&quot;: use one of %3.</source>
        <translation>%1 no puede usar el campo «%2»: use uno de %3.</translation>
    </message>
    <message>
        <source>The option --%1</source>
        <translation>La opción --%1</translation>
    </message>
    <message>
        <source>This command</source>
        <translation>Este comando</translation>
    </message>
    <message>
        <source>The option --%1 needs a whole number of at least %2, not &quot;%3&quot;.</source>
        <translation>La opción --%1 necesita un número entero igual o mayor que %2, no «%3».</translation>
    </message>
    <message>
        <source>The option --%1 needs a number from 0 to 1, not &quot;%2&quot;.</source>
        <translation>La opción --%1 necesita un número de 0 a 1, no «%2».</translation>
    </message>
    <message>
        <source>The option --%1 needs a number such as 2.5, not &quot;%2&quot;.</source>
        <translation>La opción --%1 necesita un número como 2.5, no «%2».</translation>
    </message>
    <message>
        <source>The option --%1 needs an ISO 8601 date such as 2017-05-22T12:42:03+03:00, not &quot;%2&quot;.</source>
        <translation>La opción --%1 necesita una fecha ISO 8601 como 2017-05-22T12:42:03+03:00, no «%2».</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; could not be read: %2.</source>
        <translation>No se ha podido leer el archivo «%1»: %2.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is not UTF-8 text.</source>
        <translation>El archivo «%1» no es texto UTF-8.</translation>
    </message>
</context>
<context>
    <name>ProxySettings</name>
    <message>
        <source>&quot;%1&quot; is no proxy: give http://HOST:PORT or socks5://HOST:PORT (with USER:PASSWORD@ before the host when the proxy wants them), none or system.</source>
        <translation>«%1» no es un proxy: indique http://HOST:PUERTO o socks5://HOST:PUERTO (con USUARIO:CONTRASEÑA@ delante del host si el proxy los pide), none o system.</translation>
    </message>
</context>
<context>
    <name>QueueCheck</name>
    <message numerus="yes">
        <source>reject ratio %1 over %n minutes</source>
        <translation>
            <numerusform>tasa de rechazo %1 en el último %n minuto</numerusform>
            <numerusform>tasa de rechazo %1 en los últimos %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>reject ratio %1</source>
        <translation>tasa de rechazo %1</translation>
    </message>
    <message>
        <source>%1 (critical above %2)</source>
        <translation>%1 (crítico por encima de %2)</translation>
    </message>
    <message>
        <source>%1 (warning above %2)</source>
        <translation>%1 (aviso por encima de %2)</translation>
    </message>
    <message>
        <source>%1 pending</source>
        <translation>%1 pendientes</translation>
    </message>
    <message>
        <source>oldest %1</source>
        <translation>más antigua %1</translation>
    </message>
</context>
<context>
    <name>QueueStatsReport</name>
    <message>
        <source>SOURCE</source>
        <translation>ORIGEN</translation>
    </message>
    <message>
        <source>OLDEST_PENDING</source>
        <translation>PENDIENTE_MÁS_ANTIGUA</translation>
    </message>
    <message>
        <source>REJECT_RATIO</source>
        <translation>TASA_RECHAZO</translation>
    </message>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
</context>
<context>
    <name>QueueSummary</name>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
</context>
<context>
    <name>TlsPolicy</name>
    <message>
        <source>The CA bundle %1 cannot be read: %2</source>
        <translation>No se puede leer el paquete de CA %1: %2</translation>
    </message>
    <message>
        <source>The CA bundle %1 holds no PEM certificate.</source>
        <translation>El paquete de CA %1 no contiene ningún certificado PEM.</translation>
    </message>
</context>
<context>
    <name>commdesk::AccountMenu</name>
    <message>
        <source>&amp;Account</source>
        <translation>C&amp;uenta</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Cerrar &amp;sesión</translation>
    </message>
    <message>
        <source>S&amp;witch profile…</source>
        <translation>Cambiar de &amp;perfil…</translation>
    </message>
    <message>
        <source>Ne&amp;twork settings…</source>
        <translation>Configuración de &amp;red…</translation>
    </message>
    <message>
        <source>&amp;Diagnostic log</source>
        <translation>Registro de &amp;diagnóstico</translation>
    </message>
    <message>
        <source>The proxy %1 asks for a user name and password.</source>
        <translation>El proxy %1 solicita un nombre de usuario y una contraseña.</translation>
    </message>
    <message>
        <source>You are not signed in. Sign in again (Account &gt; Switch profile…) to carry on.</source>
        <translation>No hay ninguna sesión iniciada. Vuelva a iniciar sesión (Cuenta &gt; Cambiar de perfil…) para continuar.</translation>
    </message>
</context>
<context>
    <name>commdesk::ActionJournal</name>
    <message>
        <source>the journal file is not open</source>
        <translation>el archivo del diario no está abierto</translation>
    </message>
</context>
<context>
    <name>commdesk::ActionJournalDialog</name>
    <message>
        <source>Queue action journal</source>
        <translation>Diario de acciones de la cola</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <source>Export the action journal</source>
        <translation>Exportar el diario de acciones</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>No se ha podido escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>commdesk::ApiClient</name>
    <message>
        <source>No server address has been set.</source>
        <translation>No se ha definido ninguna dirección de servidor.</translation>
    </message>
    <message>
        <source>Enter the address of the CRM.COM server.</source>
        <translation>Introduzca la dirección del servidor de CRM.COM.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid server address.</source>
        <translation>«%1» no es una dirección de servidor válida.</translation>
    </message>
    <message>
        <source>The server address must start with http:// or https://.</source>
        <translation>La dirección del servidor debe empezar por http:// o https://.</translation>
    </message>
</context>
<context>
    <name>commdesk::BrowseSidebar</name>
    <message>
        <source>Contact identifier field</source>
        <translation>Campo identificador del contacto</translation>
    </message>
    <message>
        <source>Which contact field to search by</source>
        <translation>Campo del contacto por el que buscar</translation>
    </message>
    <message>
        <source>Contact number, ID number, …</source>
        <translation>Número de contacto, número de identidad, …</translation>
    </message>
    <message>
        <source>Find contact</source>
        <translation>Buscar contacto</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Open contact&apos;s communications</source>
        <translation>Abrir las comunicaciones del contacto</translation>
    </message>
    <message>
        <source>Recent contacts</source>
        <translation>Contactos recientes</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categorías</translation>
    </message>
    <message>
        <source>Find contact b&amp;y</source>
        <translation>Buscar contacto &amp;por</translation>
    </message>
    <message>
        <source>&amp;Recent contacts</source>
        <translation>Contactos &amp;recientes</translation>
    </message>
    <message>
        <source>Ca&amp;tegories</source>
        <translation>Ca&amp;tegorías</translation>
    </message>
</context>
<context>
    <name>commdesk::CategoryTreeModel</name>
    <message>
        <source>Categories</source>
        <translation>Categorías</translation>
    </message>
</context>
<context>
    <name>commdesk::CertificateDialog</name>
    <message>
        <source>&amp;Trust this certificate for this server</source>
        <translation>&amp;Confiar en este certificado para este servidor</translation>
    </message>
    <message>
        <source>Untrusted certificate</source>
        <translation>Certificado no fiable</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>The certificate of %1 could not be verified. Someone may be intercepting the connection, or the server uses a certificate your system does not know. Compare the fingerprint with the one your IT department gives you before trusting it.</source>
        <translation>No se ha podido verificar el certificado de %1. Es posible que alguien esté interceptando la conexión o que el servidor use un certificado que su sistema no conoce. Compare la huella digital con la que le facilite su departamento de informática antes de confiar en él.</translation>
    </message>
    <message>
        <source>Problem:</source>
        <translation>Problema:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Sujeto:</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Emisor:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Validez:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>Huella digital SHA-256:</translation>
    </message>
    <message>
        <source>Trust this certificate for this server</source>
        <translation>Confiar en este certificado para este servidor</translation>
    </message>
</context>
<context>
    <name>commdesk::CliApplication</name>
    <message>
        <source>The keychain cannot be reached (%2), so the API key of profile &quot;%1&quot; cannot be read from it: pipe it to --api-key-stdin or set COMMDESK_API_KEY.</source>
        <translation>No se puede acceder al llavero (%2), así que no se puede leer de él la clave de API del perfil «%1»: pásela por una tubería a --api-key-stdin o defina COMMDESK_API_KEY.</translation>
    </message>
    <message>
        <source>no keychain service was found</source>
        <translation>no se ha encontrado ningún servicio de llavero</translation>
    </message>
    <message>
        <source>The keychain cannot be reached (%2), so the password of profile &quot;%1&quot; cannot be read from it: pipe it to --password-stdin or set COMMDESK_PASSWORD.</source>
        <translation>No se puede acceder al llavero (%2), así que no se puede leer de él la contraseña del perfil «%1»: pásela por una tubería a --password-stdin o defina COMMDESK_PASSWORD.</translation>
    </message>
    <message>
        <source>The keychain refused the API key of profile &quot;%1&quot; (%2): pipe it to --api-key-stdin or set COMMDESK_API_KEY.</source>
        <translation>El llavero ha denegado la clave de API del perfil «%1» (%2): pásela por una tubería a --api-key-stdin o defina COMMDESK_API_KEY.</translation>
    </message>
    <message>
        <source>The keychain refused the password of profile &quot;%1&quot; (%2): pipe it to --password-stdin or set COMMDESK_PASSWORD.</source>
        <translation>El llavero ha denegado la contraseña del perfil «%1» (%2): pásela por una tubería a --password-stdin o defina COMMDESK_PASSWORD.</translation>
    </message>
    <message>
        <source>The keychain holds no API key for profile &quot;%1&quot;: pipe it to --api-key-stdin or set COMMDESK_API_KEY.</source>
        <translation>El llavero no contiene ninguna clave de API para el perfil «%1»: pásela por una tubería a --api-key-stdin o defina COMMDESK_API_KEY.</translation>
    </message>
    <message>
        <source>The keychain holds no password for profile &quot;%1&quot;: pipe it to --password-stdin or set COMMDESK_PASSWORD.</source>
        <translation>El llavero no contiene ninguna contraseña para el perfil «%1»: pásela por una tubería a --password-stdin o defina COMMDESK_PASSWORD.</translation>
    </message>
</context>
<context>
    <name>commdesk::CommunicationActions</name>
    <message>
        <source>Communication actions</source>
        <translation>Acciones de la comunicación</translation>
    </message>
    <message>
        <source>&amp;Edit draft</source>
        <translation>&amp;Editar borrador</translation>
    </message>
    <message>
        <source>&amp;Complete</source>
        <translation>&amp;Completar</translation>
    </message>
    <message>
        <source>Mark as &amp;viewed</source>
        <translation>Marcar como &amp;vista</translation>
    </message>
    <message>
        <source>&amp;Follow up</source>
        <translation>Dar se&amp;guimiento</translation>
    </message>
    <message>
        <source>Copy &amp;number</source>
        <translation>Copiar &amp;número</translation>
    </message>
    <message>
        <source>Copy &amp;link</source>
        <translation>Copiar en&amp;lace</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Export as P&amp;DF…</source>
        <translation>Exportar como P&amp;DF…</translation>
    </message>
    <message>
        <source>%1 completed.</source>
        <translation>%1 completada.</translation>
    </message>
    <message>
        <source>%1 marked as viewed.</source>
        <translation>%1 marcada como vista.</translation>
    </message>
    <message>
        <source>Re: </source>
        <translation>Re: </translation>
    </message>
    <message>
        <source>Copied %1.</source>
        <translation>Copiado: %1.</translation>
    </message>
    <message>
        <source>Copied the link %1.</source>
        <translation>Enlace %1 copiado.</translation>
    </message>
</context>
<context>
    <name>commdesk::CommunicationListModel</name>
    <message>
        <source>Viewed</source>
        <translation>Vista</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Medio</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>commdesk::CommunicationPrinter</name>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Medio</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>Imprimir %1</translation>
    </message>
    <message>
        <source>%1 sent to the printer.</source>
        <translation>%1 enviada a la impresora.</translation>
    </message>
    <message>
        <source>%1 could not be replaced.</source>
        <translation>No se ha podido reemplazar %1.</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>No se ha podido escribir %1.</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Exportar como PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>%1 saved as %2.</source>
        <translation>%1 guardada como %2.</translation>
    </message>
</context>
<context>
    <name>commdesk::CommunicationTable</name>
    <message>
        <source>Communications</source>
        <translation>Comunicaciones</translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation>Restablecer columnas</translation>
    </message>
</context>
<context>
    <name>commdesk::CommunicationView</name>
    <message>
        <source>Communication details</source>
        <translation>Detalles de la comunicación</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>The server cannot be reached: this is the copy saved on %1, and it may have changed since.</source>
        <translation>No se puede acceder al servidor: esta es la copia guardada el %1 y puede haber cambiado desde entonces.</translation>
    </message>
    <message>
        <source>Select a communication to read it.</source>
        <translation>Seleccione una comunicación para leerla.</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Cargando %1…</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sin asunto)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Viewed</source>
        <translation>Vista</translation>
    </message>
    <message>
        <source>Yes, %1</source>
        <translation>Sí, %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Todavía no</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>External system</source>
        <translation>Sistema externo</translation>
    </message>
    <message>
        <source>Owned by group</source>
        <translation>Grupo propietario</translation>
    </message>
    <message>
        <source>Privacy level</source>
        <translation>Nivel de privacidad</translation>
    </message>
    <message>
        <source>Refers to</source>
        <translation>Se refiere a</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Text field %1</source>
        <translation>Campo de texto %1</translation>
    </message>
    <message>
        <source>Number field %1</source>
        <translation>Campo numérico %1</translation>
    </message>
    <message>
        <source>Date field %1</source>
        <translation>Campo de fecha %1</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Creada por</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modificada</translation>
    </message>
</context>
<context>
    <name>commdesk::CommunicationsRunner</name>
    <message>
        <source>NUMBER</source>
        <translation>NÚMERO</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <source>DIRECTION</source>
        <translation>DIRECCIÓN</translation>
    </message>
    <message>
        <source>MEDIA</source>
        <translation>MEDIO</translation>
    </message>
    <message>
        <source>CONTACT</source>
        <translation>CONTACTO</translation>
    </message>
    <message>
        <source>SUBJECT</source>
        <translation>ASUNTO</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>CREADA</translation>
    </message>
    <message>
        <source>Not a communications command.</source>
        <translation>No es un comando de comunicaciones.</translation>
    </message>
</context>
<context>
    <name>commdesk::ComposeButtonBar</name>
    <message>
        <source>Sa&amp;ve as draft</source>
        <translation>Guardar como &amp;borrador</translation>
    </message>
    <message>
        <source>Save as draft</source>
        <translation>Guardar como borrador</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Waiting for the server</source>
        <translation>Esperando al servidor</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Completar</translation>
    </message>
    <message>
        <source>Complete the communication</source>
        <translation>Completar la comunicación</translation>
    </message>
    <message>
        <source>Save as a draft to finish later</source>
        <translation>Guardar como borrador para terminarla más tarde</translation>
    </message>
</context>
<context>
    <name>commdesk::ComposeDialog</name>
    <message>
        <source>What you type cannot be kept on this computer (%1). Save it as a draft or send it so that it is not lost.</source>
        <translation>Lo que se escriba no se puede conservar en este equipo (%1). Guárdelo como borrador o envíelo para que no se pierda.</translation>
    </message>
    <message>
        <source>The draft could not be loaded again, so it may be incomplete: %1</source>
        <translation>No se ha podido volver a cargar el borrador, así que puede estar incompleto: %1</translation>
    </message>
    <message>
        <source>Nothing changed since the draft was saved.</source>
        <translation>No hay cambios desde que se guardó el borrador.</translation>
    </message>
    <message>
        <source>Took the version on the server.</source>
        <translation>Se ha tomado la versión del servidor.</translation>
    </message>
    <message>
        <source>Draft %1</source>
        <translation>Borrador %1</translation>
    </message>
    <message>
        <source>Recovered what was typed before CommDesk closed.</source>
        <translation>Se ha recuperado lo que se escribió antes de que CommDesk se cerrara.</translation>
    </message>
    <message>
        <source>Outbox: %1</source>
        <translation>Bandeja de salida: %1</translation>
    </message>
    <message>
        <source>Last attempt: %1</source>
        <translation>Último intento: %1</translation>
    </message>
    <message>
        <source>New communication</source>
        <translation>Nueva comunicación</translation>
    </message>
    <message>
        <source>%1 is completed: only drafts can be edited (notes aside).</source>
        <translation>%1 está completada: solo se pueden editar los borradores (salvo las notas).</translation>
    </message>
    <message>
        <source>Nothing was sent: please check the marked fields.</source>
        <translation>No se ha enviado nada: revise los campos marcados.</translation>
    </message>
    <message>
        <source>Draft %1 saved at %2.</source>
        <translation>Borrador %1 guardado a las %2.</translation>
    </message>
    <message>
        <source>The server refused it: see the marked field.</source>
        <translation>El servidor lo ha rechazado: revise el campo marcado.</translation>
    </message>
    <message>
        <source>Waiting for the server&apos;s answer; close again once it has come.</source>
        <translation>Esperando la respuesta del servidor; vuelva a cerrar cuando haya llegado.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>This communication has changes that are not saved.</source>
        <translation>Esta comunicación tiene cambios sin guardar.</translation>
    </message>
    <message>
        <source>Save it as a draft to finish later, or discard the changes?</source>
        <translation>¿Guardarla como borrador para terminarla más tarde o descartar los cambios?</translation>
    </message>
    <message>
        <source>Save as draft</source>
        <translation>Guardar como borrador</translation>
    </message>
</context>
<context>
    <name>commdesk::ComposeEditor</name>
    <message>
        <source>No category</source>
        <translation>Sin categoría</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>E-mail address or phone number</source>
        <translation>Dirección de correo electrónico o número de teléfono</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>&amp;Contacto</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>&amp;Plantilla</translation>
    </message>
    <message>
        <source>&amp;Direction</source>
        <translation>&amp;Dirección</translation>
    </message>
    <message>
        <source>Medi&amp;a</source>
        <translation>M&amp;edio</translation>
    </message>
    <message>
        <source>Cate&amp;gory</source>
        <translation>Cate&amp;goría</translation>
    </message>
    <message>
        <source>&amp;Queue external system</source>
        <translation>Sistema e&amp;xterno de la cola</translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation>P&amp;ara</translation>
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation>A&amp;sunto</translation>
    </message>
    <message>
        <source>Cont&amp;ent</source>
        <translation>Co&amp;ntenido</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>N&amp;otas</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>The templates could not be loaded: %1</source>
        <translation>No se han podido cargar las plantillas: %1</translation>
    </message>
    <message>
        <source>The categories could not be loaded: %1</source>
        <translation>No se han podido cargar las categorías: %1</translation>
    </message>
    <message>
        <source>The external systems could not be loaded: %1</source>
        <translation>No se han podido cargar los sistemas externos: %1</translation>
    </message>
</context>
<context>
    <name>commdesk::ComposeLocalCopy</name>
    <message>
        <source>To %1</source>
        <translation>Para %1</translation>
    </message>
    <message>
        <source>Untitled communication</source>
        <translation>Comunicación sin título</translation>
    </message>
    <message>
        <source>there is no place for local drafts on this computer</source>
        <translation>no hay ningún lugar para los borradores locales en este equipo</translation>
    </message>
    <message>
        <source>the local drafts file cannot be written</source>
        <translation>no se puede escribir el archivo de borradores locales</translation>
    </message>
</context>
<context>
    <name>commdesk::ComposeSender</name>
    <message>
        <source>Loading the draft…</source>
        <translation>Cargando el borrador…</translation>
    </message>
    <message>
        <source>Saving the draft…</source>
        <translation>Guardando el borrador…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Checking the server&apos;s version…</source>
        <translation>Comprobando la versión del servidor…</translation>
    </message>
    <message>
        <source>Completing…</source>
        <translation>Completando…</translation>
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
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CÓDIGO</translation>
    </message>
    <message>
        <source>PARENT_ID</source>
        <translation>ID_PADRE</translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation>DESCRIPCIÓN</translation>
    </message>
    <message>
        <source>ALTERNATIVE_CODE</source>
        <translation>CÓDIGO_ALTERNATIVO</translation>
    </message>
    <message>
        <source>DIRECTION</source>
        <translation>DIRECCIÓN</translation>
    </message>
    <message>
        <source>MEDIA</source>
        <translation>MEDIO</translation>
    </message>
    <message>
        <source>CATEGORY</source>
        <translation>CATEGORÍA</translation>
    </message>
    <message>
        <source>SUBJECT</source>
        <translation>ASUNTO</translation>
    </message>
    <message>
        <source>CHARACTER_LIMIT</source>
        <translation>LÍMITE_CARACTERES</translation>
    </message>
    <message>
        <source>Not a configuration command.</source>
        <translation>No es un comando de configuración.</translation>
    </message>
</context>
<context>
    <name>commdesk::ConflictDialog</name>
    <message>
        <source>Subject: %1
To: %2
Notes: %3

%4</source>
        <translation>Asunto: %1
Para: %2
Notas: %3

%4</translation>
    </message>
    <message>
        <source>Changed on the server</source>
        <translation>Modificada en el servidor</translation>
    </message>
    <message>
        <source>Someone changed %1 since you began editing it. Which version should stay?</source>
        <translation>Alguien ha modificado %1 desde que empezó a editarla. ¿Qué versión debe conservarse?</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Conservar la mía</translation>
    </message>
    <message>
        <source>Keep my version</source>
        <translation>Conservar mi versión</translation>
    </message>
    <message>
        <source>&amp;Take theirs</source>
        <translation>&amp;Tomar la del servidor</translation>
    </message>
    <message>
        <source>Take the server&apos;s version</source>
        <translation>Tomar la versión del servidor</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mía</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>En el servidor</translation>
    </message>
    <message>
        <source>On the server (by %1)</source>
        <translation>En el servidor (por %1)</translation>
    </message>
    <message>
        <source>My version</source>
        <translation>Mi versión</translation>
    </message>
    <message>
        <source>The server&apos;s version</source>
        <translation>La versión del servidor</translation>
    </message>
</context>
<context>
    <name>commdesk::ConnectionLabel</name>
    <message>
        <source>Offline since %1: %2</source>
        <translation>Sin conexión desde %1: %2</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>Offline: %1 cannot be reached</source>
        <translation>Sin conexión: no se puede acceder a %1</translation>
    </message>
    <message>
        <source>Signed in as %1 at %2</source>
        <translation>Sesión iniciada como %1 en %2</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Sin sesión iniciada</translation>
    </message>
</context>
<context>
    <name>commdesk::ContactPicker</name>
    <message>
        <source>Look &amp;up</source>
        <translation>Consu&amp;ltar</translation>
    </message>
    <message>
        <source>Contact identified by</source>
        <translation>Contacto identificado por</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>e.g. CI000111</source>
        <translation>p. ej., CI000111</translation>
    </message>
    <message>
        <source>Look up the contact</source>
        <translation>Consultar el contacto</translation>
    </message>
    <message>
        <source>Contact found</source>
        <translation>Contacto encontrado</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation>Consultando %1…</translation>
    </message>
</context>
<context>
    <name>commdesk::CurrentCommunication</name>
    <message>
        <source>The server cannot be reached, and this communication was not opened before, so there is no copy of it to show.</source>
        <translation>No se puede acceder al servidor y esta comunicación no se había abierto antes, así que no hay ninguna copia que mostrar.</translation>
    </message>
</context>
<context>
    <name>commdesk::DiagnosticLogDialog</name>
    <message>
        <source>Diagnostic log</source>
        <translation>Registro de diagnóstico</translation>
    </message>
    <message>
        <source>The last %1 requests and errors. Tokens, passwords and API keys are removed.</source>
        <translation>Las últimas %1 solicitudes y errores. Se eliminan los tokens, las contraseñas y las claves de API.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy the diagnostic log</source>
        <translation>Copiar el registro de diagnóstico</translation>
    </message>
</context>
<context>
    <name>commdesk::KeyboardShortcuts</name>
    <message>
        <source>Everywhere</source>
        <translation>En todas partes</translation>
    </message>
</context>
<context>
    <name>commdesk::ListExporter</name>
    <message>
        <source>CSV for spreadsheet programs (*.csv)</source>
        <translation>CSV para programas de hojas de cálculo (*.csv)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 without byte-order mark (*.csv)</source>
        <translation>CSV, UTF-8 sin marca de orden de bytes (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export list</source>
        <translation>Exportar lista</translation>
    </message>
    <message>
        <source>Loading every page of the list…</source>
        <translation>Cargando todas las páginas de la lista…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Loading every page of the list… %1 loaded</source>
        <translation>Cargando todas las páginas de la lista… %1 cargadas</translation>
    </message>
    <message>
        <source>The list could not be loaded in full, so nothing was written.</source>
        <translation>No se ha podido cargar la lista completa, así que no se ha escrito nada.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>No se ha podido escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>commdesk::ListFilterBar</name>
    <message>
        <source>&amp;Load all</source>
        <translation>&amp;Cargar todo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>All directions</source>
        <translation>Todas las direcciones</translation>
    </message>
    <message>
        <source>All media</source>
        <translation>Todos los medios</translation>
    </message>
    <message>
        <source>Direction filter</source>
        <translation>Filtro de dirección</translation>
    </message>
    <message>
        <source>Media filter</source>
        <translation>Filtro de medio</translation>
    </message>
    <message>
        <source>Filter loaded rows…</source>
        <translation>Filtrar las filas cargadas…</translation>
    </message>
    <message>
        <source>Quick filter</source>
        <translation>Filtro rápido</translation>
    </message>
    <message>
        <source>Load every communication of this list, so that the sort covers them all</source>
        <translation>Cargar todas las comunicaciones de esta lista para que la ordenación las abarque todas</translation>
    </message>
    <message>
        <source>Loading the whole list</source>
        <translation>Cargando la lista completa</translation>
    </message>
    <message numerus="yes">
        <source>%n loaded</source>
        <translation>
            <numerusform>%n cargada</numerusform>
            <numerusform>%n cargadas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>commdesk::MainWindow</name>
    <message>
        <source>Connected again to %1.</source>
        <translation>Conectado de nuevo a %1.</translation>
    </message>
    <message>
        <source>This account is open in another CommDesk (%1). This window does not send the outbox or recover drafts, so that nothing is sent twice.</source>
        <translation>Esta cuenta está abierta en otro CommDesk (%1). Esta ventana no envía la bandeja de salida ni recupera borradores, para que nada se envíe dos veces.</translation>
    </message>
    <message>
        <source>elsewhere</source>
        <translation>en otro lugar</translation>
    </message>
    <message>
        <source>The categories could not be loaded: %1</source>
        <translation>No se han podido cargar las categorías: %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>The communications could not be loaded: %1</source>
        <translation>No se han podido cargar las comunicaciones: %1</translation>
    </message>
    <message>
        <source>Loading the whole list…</source>
        <translation>Cargando la lista completa…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>1 communication, saved copy</source>
        <translation>1 comunicación, copia guardada</translation>
    </message>
    <message>
        <source>%1 communications, saved copy</source>
        <translation>%1 comunicaciones, copia guardada</translation>
    </message>
    <message>
        <source>1 communication</source>
        <translation>1 comunicación</translation>
    </message>
    <message>
        <source>%1 communications</source>
        <translation>%1 comunicaciones</translation>
    </message>
    <message>
        <source>Sorted by %1 among the %2 loaded</source>
        <translation>Ordenado por %1 entre las %2 cargadas</translation>
    </message>
    <message>
        <source>%1 loaded, scroll for more</source>
        <translation>%1 cargadas; desplácese para ver más</translation>
    </message>
    <message>
        <source>This item is being sent or checked; try again in a moment.</source>
        <translation>Este elemento se está enviando o comprobando; inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>%1 sent from the outbox.</source>
        <translation>%1 enviada desde la bandeja de salida.</translation>
    </message>
    <message numerus="yes">
        <source>The file of drafts kept on this computer was damaged. It was put aside as %1 and a new one started with what could still be read (%n item(s)); typing is kept again from now on.</source>
        <translation>
            <numerusform>El archivo de borradores guardados en este equipo estaba dañado. Se ha apartado como %1 y se ha empezado uno nuevo con lo que aún se podía leer (%n elemento); a partir de ahora vuelve a conservarse lo que se escribe.</numerusform>
            <numerusform>El archivo de borradores guardados en este equipo estaba dañado. Se ha apartado como %1 y se ha empezado uno nuevo con lo que aún se podía leer (%n elementos); a partir de ahora vuelve a conservarse lo que se escribe.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The outbox file was damaged. It was put aside as %1 and a new one started with what could still be read (%n item(s)).</source>
        <translation>
            <numerusform>El archivo de la bandeja de salida estaba dañado. Se ha apartado como %1 y se ha empezado uno nuevo con lo que aún se podía leer (%n elemento).</numerusform>
            <numerusform>El archivo de la bandeja de salida estaba dañado. Se ha apartado como %1 y se ha empezado uno nuevo con lo que aún se podía leer (%n elementos).</numerusform>
        </translation>
    </message>
    <message>
        <source>A communication typed before CommDesk closed can be opened under “Not yet sent”.</source>
        <translation>Una comunicación escrita antes de que CommDesk se cerrara se puede abrir en «Aún no enviado».</translation>
    </message>
    <message>
        <source>%1 communications typed before CommDesk closed can be opened under “Not yet sent”.</source>
        <translation>%1 comunicaciones escritas antes de que CommDesk se cerrara se pueden abrir en «Aún no enviado».</translation>
    </message>
    <message>
        <source>The server could not be reached: the communication waits in the outbox.</source>
        <translation>No se ha podido acceder al servidor: la comunicación espera en la bandeja de salida.</translation>
    </message>
    <message>
        <source>Draft %1 saved.</source>
        <translation>Borrador %1 guardado.</translation>
    </message>
    <message>
        <source>%1 sent.</source>
        <translation>%1 enviada.</translation>
    </message>
    <message>
        <source>The server cannot be reached. You are looking at what was last loaded, on %1. CommDesk connects again by itself.</source>
        <translation>No se puede acceder al servidor. Se muestra lo último que se cargó, el %1. CommDesk volverá a conectarse automáticamente.</translation>
    </message>
    <message>
        <source>The server cannot be reached, and this list was not loaded before. CommDesk connects again by itself.</source>
        <translation>No se puede acceder al servidor y esta lista no se había cargado antes. CommDesk volverá a conectarse automáticamente.</translation>
    </message>
    <message>
        <source>The server cannot be reached. CommDesk connects again by itself.</source>
        <translation>No se puede acceder al servidor. CommDesk volverá a conectarse automáticamente.</translation>
    </message>
    <message>
        <source>Try now</source>
        <translation>Intentar ahora</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nueva</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualizar</translation>
    </message>
    <message>
        <source>&amp;Filter this list</source>
        <translation>&amp;Filtrar esta lista</translation>
    </message>
    <message>
        <source>&amp;Search all communications</source>
        <translation>&amp;Buscar en todas las comunicaciones</translation>
    </message>
    <message>
        <source>&amp;Export list…</source>
        <translation>&amp;Exportar lista…</translation>
    </message>
    <message>
        <source>Open a category or a contact first: the list is what is exported.</source>
        <translation>Abra primero una categoría o un contacto: lo que se exporta es la lista.</translation>
    </message>
    <message>
        <source>communications</source>
        <translation>comunicaciones</translation>
    </message>
    <message numerus="yes">
        <source>%n communication(s) exported to %1.</source>
        <translation>
            <numerusform>%n comunicación exportada a %1.</numerusform>
            <numerusform>%n comunicaciones exportadas a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Exportación cancelada.</translation>
    </message>
    <message>
        <source>Save &amp;view…</source>
        <translation>Guardar &amp;vista…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Communication</source>
        <translation>&amp;Comunicación</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About CommDesk</source>
        <translation>Acerca &amp;de CommDesk</translation>
    </message>
    <message>
        <source>About CommDesk</source>
        <translation>Acerca de CommDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CommDesk %1&lt;/h3&gt;&lt;p&gt;A desktop client for CRM.COM customer communications.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CommDesk %1&lt;/h3&gt;&lt;p&gt;Un cliente de escritorio para las comunicaciones con clientes de CRM.COM.&lt;/p&gt;&lt;p&gt;Software libre bajo la Licencia Pública General de GNU, versión 3 o posterior.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>CommDesk was started again for %1; this window works with %2.</source>
        <translation>CommDesk se ha vuelto a iniciar para %1; esta ventana trabaja con %2.</translation>
    </message>
    <message>
        <source>CommDesk was started again for %1.</source>
        <translation>CommDesk se ha vuelto a iniciar para %1.</translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation>Iniciar sesión en %1</translation>
    </message>
    <message>
        <source>%1+ new — show them</source>
        <translation>%1+ nuevas — mostrarlas</translation>
    </message>
    <message numerus="yes">
        <source>%n new — show them</source>
        <translation>
            <numerusform>%n nueva — mostrarla</numerusform>
            <numerusform>%n nuevas — mostrarlas</numerusform>
        </translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>Espacios de trabajo</translation>
    </message>
    <message>
        <source>Communications</source>
        <translation>Comunicaciones</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <source>Next &amp;pane</source>
        <translation>Panel &amp;siguiente</translation>
    </message>
    <message>
        <source>Previous pa&amp;ne</source>
        <translation>Panel ant&amp;erior</translation>
    </message>
    <message>
        <source>Next &amp;tab</source>
        <translation>Pestaña si&amp;guiente</translation>
    </message>
    <message>
        <source>%1 — CommDesk</source>
        <translation>%1 — CommDesk</translation>
    </message>
    <message>
        <source>Open a category or a contact first: a saved view keeps the list.</source>
        <translation>Abra primero una categoría o un contacto: una vista guardada conserva la lista.</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Guardar vista</translation>
    </message>
    <message>
        <source>Keep this list, its filters, columns and sort as:</source>
        <translation>Conservar esta lista, con sus filtros, columnas y orden, como:</translation>
    </message>
    <message>
        <source>A saved view needs a name.</source>
        <translation>Una vista guardada necesita un nombre.</translation>
    </message>
    <message>
        <source>There is already a saved view called “%1”. Replace it with this list?</source>
        <translation>Ya existe una vista guardada llamada «%1». ¿Reemplazarla por esta lista?</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Reemplazar</translation>
    </message>
    <message>
        <source>The list is kept as “%1” under Saved views.</source>
        <translation>La lista se ha guardado como «%1» en Vistas guardadas.</translation>
    </message>
    <message numerus="yes">
        <source>Mark as viewed after %n second(s) of reading</source>
        <translation>
            <numerusform>Marcar como vista tras %n segundo de lectura</numerusform>
            <numerusform>Marcar como vista tras %n segundos de lectura</numerusform>
        </translation>
    </message>
    <message>
        <source>Contact %1</source>
        <translation>Contacto %1</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Abr&amp;ir</translation>
    </message>
    <message>
        <source>E&amp;xport selection…</source>
        <translation>Exportar se&amp;lección…</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>Te&amp;ma</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Ampliar</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;Reducir</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>Tamaño rea&amp;l</translation>
    </message>
    <message>
        <source>Text size %1 %</source>
        <translation>Tamaño del texto %1 %</translation>
    </message>
    <message>
        <source>Pr&amp;evious tab</source>
        <translation>&amp;Pestaña anterior</translation>
    </message>
    <message>
        <source>Show side&amp;bar</source>
        <translation>M&amp;ostrar barra lateral</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>&amp;Atajos de teclado…</translation>
    </message>
    <message>
        <source>%1+ new communications in this list.</source>
        <translation>%1+ comunicaciones nuevas en esta lista.</translation>
    </message>
    <message numerus="yes">
        <source>%n new communication(s) in this list.</source>
        <translation>
            <numerusform>%n comunicación nueva en esta lista.</numerusform>
            <numerusform>%n comunicaciones nuevas en esta lista.</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed in to %1.</source>
        <translation>Sesión iniciada en %1.</translation>
    </message>
    <message>
        <source>CommDesk speaks the system&apos;s language when it starts again.</source>
        <translation>CommDesk usará el idioma del sistema desde el próximo inicio.</translation>
    </message>
    <message>
        <source>CommDesk speaks %1 when it starts again.</source>
        <translation>Idioma de CommDesk desde el próximo inicio: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n new queue entries.</source>
        <translation>
            <numerusform>%n entrada nueva en la cola.</numerusform>
            <numerusform>%n entradas nuevas en la cola.</numerusform>
        </translation>
    </message>
    <message>
        <source>Compose window</source>
        <translation>Ventana de redacción</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Save as draft</source>
        <translation>Guardar como borrador</translation>
    </message>
</context>
<context>
    <name>commdesk::MessageBanner</name>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Descartar el mensaje</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
</context>
<context>
    <name>commdesk::MoreFieldsPanel</name>
    <message>
        <source>e.g. name=Billing Team</source>
        <translation>p. ej., name=Billing Team</translation>
    </message>
    <message>
        <source>e.g. name=Internal</source>
        <translation>p. ej., name=Internal</translation>
    </message>
    <message>
        <source>Number, e.g. CM000680</source>
        <translation>Número, p. ej., CM000680</translation>
    </message>
    <message>
        <source>&amp;More: group, privacy, references, user-defined fields, parameters</source>
        <translation>&amp;Más: grupo, privacidad, referencias, campos definidos por el usuario, parámetros</translation>
    </message>
    <message>
        <source>Show more fields</source>
        <translation>Mostrar más campos</translation>
    </message>
    <message>
        <source>Owned &amp;by group</source>
        <translation>&amp;Grupo propietario</translation>
    </message>
    <message>
        <source>Privac&amp;y level</source>
        <translation>Nivel de pr&amp;ivacidad</translation>
    </message>
    <message>
        <source>Refers to a record of kind</source>
        <translation>Se refiere a un registro de tipo</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Nada</translation>
    </message>
    <message>
        <source>Number of the record it refers to</source>
        <translation>Número del registro al que se refiere</translation>
    </message>
    <message>
        <source>Re&amp;fers to</source>
        <translation>Se re&amp;fiere a</translation>
    </message>
    <message>
        <source>User-defined text %1</source>
        <translation>Texto definido por el usuario %1</translation>
    </message>
    <message>
        <source>e.g. 12.5</source>
        <translation>p. ej., 12,5</translation>
    </message>
    <message>
        <source>User-defined number %1</source>
        <translation>Número definido por el usuario %1</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>User-defined date %1</source>
        <translation>Fecha definida por el usuario %1</translation>
    </message>
    <message>
        <source>Unrestricted &amp;parameters</source>
        <translation>Pa&amp;rámetros sin restricciones</translation>
    </message>
    <message>
        <source>Hide more fields</source>
        <translation>Ocultar más campos</translation>
    </message>
</context>
<context>
    <name>commdesk::OutboxPanel</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Send &amp;now</source>
        <translation>Enviar a&amp;hora</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>Descartar…</translation>
    </message>
    <message>
        <source>Not yet sent: recovered drafts and the outbox</source>
        <translation>Aún no enviado: borradores recuperados y bandeja de salida</translation>
    </message>
    <message>
        <source>Open or edit the selected item</source>
        <translation>Abrir o editar el elemento seleccionado</translation>
    </message>
    <message>
        <source>Try sending the outbox now</source>
        <translation>Intentar enviar ahora la bandeja de salida</translation>
    </message>
    <message>
        <source>Discard the selected item</source>
        <translation>Descartar el elemento seleccionado</translation>
    </message>
    <message>
        <source>Not &amp;yet sent</source>
        <translation>Aún &amp;no enviado</translation>
    </message>
    <message>
        <source>checking</source>
        <translation>comprobando</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>enviando</translation>
    </message>
    <message>
        <source>being edited</source>
        <translation>en edición</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>waiting (will check first)</source>
        <translation>en espera (se comprobará antes)</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en espera</translation>
    </message>
    <message>
        <source>Recovered: %1</source>
        <translation>Recuperado: %1</translation>
    </message>
    <message>
        <source>Typed before CommDesk closed, last kept %1</source>
        <translation>Escrito antes de que CommDesk se cerrara; guardado por última vez: %1</translation>
    </message>
    <message>
        <source>Outbox: %1 — %2</source>
        <translation>Bandeja de salida: %1 — %2</translation>
    </message>
    <message>
        <source>, 1 attempt</source>
        <translation>, 1 intento</translation>
    </message>
    <message>
        <source>, %1 attempts</source>
        <translation>, %1 intentos</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Último error: %1</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Discard “%1”? What was typed will be lost.</source>
        <translation>¿Descartar «%1»? Se perderá lo que se escribió.</translation>
    </message>
</context>
<context>
    <name>commdesk::PreferencesDialog</name>
    <message>
        <source>&amp;Mark a communication as viewed when it has been open for</source>
        <translation>&amp;Marcar una comunicación como vista cuando haya estado abierta durante</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Look for new communications every, in seconds</source>
        <translation>Buscar comunicaciones nuevas cada (en segundos)</translation>
    </message>
    <message>
        <source>The open list says how many are new; it moves only when you ask</source>
        <translation>La lista abierta indica cuántas hay nuevas; solo cambia cuando se pide</translation>
    </message>
    <message>
        <source>Seconds of reading before marking as viewed</source>
        <translation>Segundos de lectura antes de marcar como vista</translation>
    </message>
    <message>
        <source>Communications read at a time</source>
        <translation>Comunicaciones que se leen cada vez</translation>
    </message>
    <message>
        <source>Look for &amp;new communications every:</source>
        <translation>Buscar comunicaciones &amp;nuevas cada:</translation>
    </message>
    <message>
        <source>Communications &amp;read at a time:</source>
        <translation>Comunicaciones que se &amp;leen cada vez:</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>&amp;Atajos de teclado…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Como el sistema (%1)</translation>
    </message>
    <message>
        <source>CommDesk speaks the language chosen here when it starts again.</source>
        <translation>CommDesk usa el idioma elegido aquí desde el próximo inicio.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
</context>
<context>
    <name>commdesk::ProxySettingsDialog</name>
    <message>
        <source>Network settings</source>
        <translation>Configuración de red</translation>
    </message>
    <message>
        <source>Use the system&apos;s proxy settings</source>
        <translation>Usar la configuración de proxy del sistema</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Sin proxy</translation>
    </message>
    <message>
        <source>HTTP proxy</source>
        <translation>Proxy HTTP</translation>
    </message>
    <message>
        <source>SOCKS5 proxy</source>
        <translation>Proxy SOCKS5</translation>
    </message>
    <message>
        <source>kept until CommDesk quits</source>
        <translation>se conserva hasta que se cierre CommDesk</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>Host del proxy</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Puerto del proxy</translation>
    </message>
    <message>
        <source>Proxy user name</source>
        <translation>Nombre de usuario del proxy</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>Contraseña del proxy</translation>
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
        <translation>P&amp;uerto:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nombre de usuario:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
</context>
<context>
    <name>commdesk::QueueActionDialog</name>
    <message numerus="yes">
        <source>%n rejected entries will be sent again: the communication of each is copied as a new outgoing communication that refers to it, and enters the queue as a new pending entry. The rejected entries stay as they are.</source>
        <translation>
            <numerusform>%n entrada rechazada se volverá a enviar: su comunicación se copia como una nueva comunicación saliente que hace referencia a ella y entra en la cola como una nueva entrada pendiente. La entrada rechazada se queda como está.</numerusform>
            <numerusform>%n entradas rechazadas se volverán a enviar: la comunicación de cada una se copia como una nueva comunicación saliente que hace referencia a ella y entra en la cola como una nueva entrada pendiente. Las entradas rechazadas se quedan como están.</numerusform>
        </translation>
    </message>
    <message>
        <source>Complete queue entries</source>
        <translation>Completar entradas de la cola</translation>
    </message>
    <message>
        <source>Reject queue entries</source>
        <translation>Rechazar entradas de la cola</translation>
    </message>
    <message>
        <source>Remove queue entries</source>
        <translation>Eliminar entradas de la cola</translation>
    </message>
    <message>
        <source>Resend rejected entries</source>
        <translation>Reenviar entradas rechazadas</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Completar</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Resend</source>
        <translation>Reenviar</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>Código de error</translation>
    </message>
    <message>
        <source>Error description</source>
        <translation>Descripción del error</translation>
    </message>
    <message>
        <source>What the external system should have said</source>
        <translation>Lo que debería haber respondido el sistema externo</translation>
    </message>
    <message>
        <source>Error &amp;code:</source>
        <translation>&amp;Código de error:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Why (kept in the action journal)</source>
        <translation>Por qué (se guarda en el diario de acciones)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message numerus="yes">
        <source>%n pending entries will be marked “%1”, as if the external system had delivered them. The external system will no longer see them as pending.</source>
        <translation>
            <numerusform>%n entrada pendiente se marcará como «%1», como si el sistema externo la hubiera entregado. El sistema externo ya no la verá como pendiente.</numerusform>
            <numerusform>%n entradas pendientes se marcarán como «%1», como si el sistema externo las hubiera entregado. El sistema externo ya no las verá como pendientes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending entries will be marked “%1” with the error below. They will not be delivered; you can resend a corrected communication afterwards.</source>
        <translation>
            <numerusform>%n entrada pendiente se marcará como «%1» con el error siguiente. No se entregará; después puede reenviar una comunicación corregida.</numerusform>
            <numerusform>%n entradas pendientes se marcarán como «%1» con el error siguiente. No se entregarán; después puede reenviar una comunicación corregida.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries will be marked “%1”: taken out of the queue for good. A pending one will never be delivered.</source>
        <translation>
            <numerusform>%n entrada se marcará como «%1»: sale de la cola para siempre. Si está pendiente, nunca se entregará.</numerusform>
            <numerusform>%n entradas se marcarán como «%1»: salen de la cola para siempre. Las pendientes nunca se entregarán.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>commdesk::QueueActionRunner</name>
    <message>
        <source>resent as %1</source>
        <translation>reenviada como %1</translation>
    </message>
    <message>
        <source>%1 names no communication to send again.</source>
        <translation>%1 no indica ninguna comunicación que reenviar.</translation>
    </message>
    <message>
        <source>The communication of %1 names no contact.</source>
        <translation>La comunicación de %1 no indica ningún contacto.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
</context>
<context>
    <name>commdesk::QueueAlertSettingsDialog</name>
    <message>
        <source>Queue alerts</source>
        <translation>Alertas de la cola</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>Pending backlog limit</source>
        <translation>Límite de pendientes acumuladas</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Oldest pending age limit</source>
        <translation>Límite de antigüedad de la pendiente más antigua</translation>
    </message>
    <message>
        <source>Reject ratio limit</source>
        <translation>Límite de la tasa de rechazo</translation>
    </message>
    <message>
        <source>Stuck source limit</source>
        <translation>Límite de origen atascado</translation>
    </message>
    <message>
        <source>An alert (a banner and a desktop notification) is raised once when a measure goes above its limit, and again only after it has been back below for a while.</source>
        <translation>Se genera una alerta (un aviso en la ventana y una notificación de escritorio) una vez cuando una medida supera su límite, y de nuevo solo después de que haya vuelto a estar por debajo durante un tiempo.</translation>
    </message>
    <message>
        <source>More than this many &amp;pending entries:</source>
        <translation>Más de este número de entradas &amp;pendientes:</translation>
    </message>
    <message>
        <source>&amp;Oldest pending entry waiting longer than:</source>
        <translation>La entrada pendiente más &amp;antigua lleva esperando más de:</translation>
    </message>
    <message>
        <source>&amp;Reject ratio (recent) above:</source>
        <translation>&amp;Tasa de rechazo (reciente) superior a:</translation>
    </message>
    <message>
        <source>A source with waiting entries &amp;sends nothing for:</source>
        <translation>Un origen con entradas en espera no &amp;envía nada durante:</translation>
    </message>
</context>
<context>
    <name>commdesk::QueueAlerts</name>
    <message numerus="yes">
        <source>%n entries are pending (limit %1).</source>
        <translation>
            <numerusform>%n entrada está pendiente (límite %1).</numerusform>
            <numerusform>%n entradas están pendientes (límite %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>The oldest pending entry has waited %1 (limit %2).</source>
        <translation>La entrada pendiente más antigua lleva esperando %1 (límite %2).</translation>
    </message>
    <message>
        <source>%1% of recent entries were rejected (limit %2%).</source>
        <translation>El %1 % de las entradas recientes se ha rechazado (límite %2 %).</translation>
    </message>
    <message>
        <source>Entries wait and nothing has been sent for %1 at: %2.</source>
        <translation>Hay entradas en espera y no se ha enviado nada durante %1 en: %2.</translation>
    </message>
</context>
<context>
    <name>commdesk::QueueChartsView</name>
    <message>
        <source>Pending backlog</source>
        <translation>Pendientes acumuladas</translation>
    </message>
    <message>
        <source>Completed and rejected</source>
        <translation>Completadas y rechazadas</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Última hora</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>Chart range</source>
        <translation>Intervalo del gráfico</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendientes</translation>
    </message>
    <message>
        <source>Pending backlog chart</source>
        <translation>Gráfico de pendientes acumuladas</translation>
    </message>
    <message>
        <source>Completed and rejected chart</source>
        <translation>Gráfico de completadas y rechazadas</translation>
    </message>
    <message>
        <source>&lt;b&gt;History&lt;/b&gt;</source>
        <translation>&lt;b&gt;Historial&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completadas</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazadas</translation>
    </message>
    <message>
        <source>per 5 minutes</source>
        <translation>cada 5 minutos</translation>
    </message>
    <message>
        <source>per hour</source>
        <translation>por hora</translation>
    </message>
    <message>
        <source>Completed and rejected %1</source>
        <translation>Completadas y rechazadas %1</translation>
    </message>
    <message>
        <source>As a &amp;table</source>
        <translation>Como &amp;tabla</translation>
    </message>
    <message>
        <source>Queue history as a table</source>
        <translation>Historial de la cola como tabla</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Show the history as a table</source>
        <translation>Mostrar el historial como tabla</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Gráfico</translation>
    </message>
</context>
<context>
    <name>commdesk::QueueEntryDetailView</name>
    <message>
        <source>Queue entry details</source>
        <translation>Detalles de la entrada de la cola</translation>
    </message>
    <message>
        <source>No entry selected</source>
        <translation>Ninguna entrada seleccionada</translation>
    </message>
    <message>
        <source>Queue entry %1</source>
        <translation>Entrada de la cola %1</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Medio</translation>
    </message>
    <message>
        <source>External system</source>
        <translation>Sistema externo</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizada</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Comunicación</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>The communication could not be loaded: %1</source>
        <translation>No se ha podido cargar la comunicación: %1</translation>
    </message>
    <message>
        <source>Loading communication %1…</source>
        <translation>Cargando la comunicación %1…</translation>
    </message>
    <message>
        <source>Select a queue entry to see it and its communication.</source>
        <translation>Seleccione una entrada de la cola para verla junto con su comunicación.</translation>
    </message>
</context>
<context>
    <name>commdesk::QueueEntryFilterBar</name>
    <message>
        <source>Media or external system filter</source>
        <translation>Filtro de medio o sistema externo</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Todos los orígenes</translation>
    </message>
    <message>
        <source>State filter</source>
        <translation>Filtro de estado</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Contact filter</source>
        <translation>Filtro de contacto</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>Código de error</translation>
    </message>
    <message>
        <source>Error code filter</source>
        <translation>Filtro de código de error</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entradas</translation>
    </message>
</context>
<context>
    <name>commdesk::QueueEntryModel</name>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Medio</translation>
    </message>
    <message>
        <source>External system</source>
        <translation>Sistema externo</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>Código de error</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizada</translation>
    </message>
</context>
<context>
    <name>commdesk::QueueEntryToolBar</name>
    <message>
        <source>Queue entry actions</source>
        <translation>Acciones de la entrada de la cola</translation>
    </message>
    <message>
        <source>&amp;Complete…</source>
        <translation>&amp;Completar…</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>Recha&amp;zar…</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>Re&amp;send…</source>
        <translation>&amp;Reenviar…</translation>
    </message>
    <message>
        <source>&amp;Open communication</source>
        <translation>&amp;Abrir comunicación</translation>
    </message>
    <message>
        <source>Copy &amp;link</source>
        <translation>Copiar en&amp;lace</translation>
    </message>
</context>
<context>
    <name>commdesk::QueueJournal</name>
    <message>
        <source>the file cannot be opened</source>
        <translation>no se puede abrir el archivo</translation>
    </message>
</context>
<context>
    <name>commdesk::QueueMetricsRunner</name>
    <message>
        <source>commdesk-cli: the queue could not be polled: %1</source>
        <translation>commdesk-cli: no se ha podido consultar la cola: %1</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2.</source>
        <translation>No se puede escuchar en %1, puerto %2.</translation>
    </message>
    <message>
        <source>Serving the queue&apos;s metrics at http://%1:%2/metrics (a poll every %3 s)</source>
        <translation>Sirviendo las métricas de la cola en http://%1:%2/metrics (una consulta cada %3 s)</translation>
    </message>
</context>
<context>
    <name>commdesk::QueueMonitorHeader</name>
    <message>
        <source>Last update</source>
        <translation>Última actualización</translation>
    </message>
    <message>
        <source>Refresh interval</source>
        <translation>Intervalo de actualización</translation>
    </message>
    <message>
        <source>Every %1 s</source>
        <translation>Cada %1 s</translation>
    </message>
    <message>
        <source>Every %1 min</source>
        <translation>Cada %1 min</translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n pendiente</numerusform>
            <numerusform>%n pendientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending — stuck: %1</source>
        <translation>
            <numerusform>%n pendiente — atasco en: %1</numerusform>
            <numerusform>%n pendientes — atasco en: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Not updated yet</source>
        <translation>Aún sin actualizar</translation>
    </message>
    <message numerus="yes">
        <source>Updated %n seconds ago</source>
        <translation>
            <numerusform>Actualizado hace %n segundo</numerusform>
            <numerusform>Actualizado hace %n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>Updated %1 ago</source>
        <translation>Actualizado hace %1</translation>
    </message>
    <message>
        <source> (stale)</source>
        <translation> (desfasado)</translation>
    </message>
    <message>
        <source> — paused</source>
        <translation> — en pausa</translation>
    </message>
</context>
<context>
    <name>commdesk::QueueMonitorWidget</name>
    <message>
        <source>CommDesk queue monitor</source>
        <translation>Monitor de la cola de CommDesk</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <source>Action &amp;journal</source>
        <translation>&amp;Diario de acciones</translation>
    </message>
    <message>
        <source>&amp;Alerts…</source>
        <translation>Al&amp;ertas…</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Queue summary</source>
        <translation>Resumen de la cola</translation>
    </message>
    <message>
        <source>By media and external system</source>
        <translation>Por medio y sistema externo</translation>
    </message>
    <message>
        <source>Queue entries</source>
        <translation>Entradas de la cola</translation>
    </message>
    <message>
        <source>Rejections by error code</source>
        <translation>Rechazos por código de error</translation>
    </message>
    <message numerus="yes">
        <source>The action journal was damaged. It was put aside as %1 and a new one started with the records that could still be read (%n record(s)).</source>
        <translation>
            <numerusform>El diario de acciones estaba dañado. Se ha apartado como %1 y se ha empezado uno nuevo con los registros que aún se podían leer (%n registro).</numerusform>
            <numerusform>El diario de acciones estaba dañado. Se ha apartado como %1 y se ha empezado uno nuevo con los registros que aún se podían leer (%n registros).</numerusform>
        </translation>
    </message>
    <message>
        <source>The action journal cannot be opened (%1). Queue actions still work, but they are not recorded.</source>
        <translation>No se puede abrir el diario de acciones (%1). Las acciones de la cola siguen funcionando, pero no quedan registradas.</translation>
    </message>
    <message>
        <source>The action journal could not record “%1” on %2 (%3). The action itself was carried out; the journal may be incomplete.</source>
        <translation>El diario de acciones no ha podido registrar «%1» en %2 (%3). La acción en sí se ha llevado a cabo; es posible que el diario esté incompleto.</translation>
    </message>
    <message>
        <source>The figures below are from %1 and may be out of date.</source>
        <translation>Las cifras siguientes son de %1 y pueden estar desactualizadas.</translation>
    </message>
    <message>
        <source>No figures yet.</source>
        <translation>Aún no hay cifras.</translation>
    </message>
    <message>
        <source>The queue could not be read: %1 %2</source>
        <translation>No se ha podido leer la cola: %1 %2</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message numerus="yes">
        <source>%n actions failed: %1</source>
        <translation>
            <numerusform>Ha fallado %n acción: %1</numerusform>
            <numerusform>Han fallado %n acciones: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>CommDesk queue alert</source>
        <translation>Alerta de la cola de CommDesk</translation>
    </message>
    <message>
        <source>Queue monitor</source>
        <translation>Monitor de la cola</translation>
    </message>
</context>
<context>
    <name>commdesk::QueueRunner</name>
    <message>
        <source>NUMBER</source>
        <translation>NÚMERO</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <source>MEDIA</source>
        <translation>MEDIO</translation>
    </message>
    <message>
        <source>COMMUNICATION</source>
        <translation>COMUNICACIÓN</translation>
    </message>
    <message>
        <source>CONTACT</source>
        <translation>CONTACTO</translation>
    </message>
    <message>
        <source>EXTERNAL_SYSTEM</source>
        <translation>SISTEMA_EXTERNO</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>CREADA</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>ERROR</translation>
    </message>
    <message>
        <source>Not a queue command.</source>
        <translation>No es un comando de la cola.</translation>
    </message>
    <message>
        <source>The action was not written to the action journal %1: %2</source>
        <translation>La acción no se ha escrito en el diario de acciones %1: %2</translation>
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
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>Stuck</source>
        <translation>Atascado</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <source>Entries are waiting and none has been completed or rejected for a while.</source>
        <translation>Hay entradas en espera y hace un rato que no se completa ni se rechaza ninguna.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendientes</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completadas</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazadas</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Eliminadas</translation>
    </message>
    <message>
        <source>Oldest pending</source>
        <translation>Pendiente más antigua</translation>
    </message>
    <message>
        <source>Done/min</source>
        <translation>Hechas/min</translation>
    </message>
    <message>
        <source>Rejected/min</source>
        <translation>Rechazadas/min</translation>
    </message>
    <message>
        <source>Reject ratio</source>
        <translation>Tasa de rechazo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>commdesk::QueueTab</name>
    <message>
        <source>Go</source>
        <translation>Ir</translation>
    </message>
    <message>
        <source>Queue views</source>
        <translation>Vistas de la cola</translation>
    </message>
    <message>
        <source>&amp;Monitor</source>
        <translation>&amp;Monitor</translation>
    </message>
    <message>
        <source>&amp;Next to send</source>
        <translation>&amp;Próximas a enviar</translation>
    </message>
    <message>
        <source>&amp;Delivered, not viewed</source>
        <translation>&amp;Entregadas, no vistas</translation>
    </message>
    <message>
        <source>Entries delivered whose communication has not been viewed</source>
        <translation>Entradas entregadas cuya comunicación no se ha visto</translation>
    </message>
    <message>
        <source>CQ000123 or id</source>
        <translation>CQ000123 o id</translation>
    </message>
    <message>
        <source>Queue entry number or id</source>
        <translation>Número o id de la entrada de la cola</translation>
    </message>
    <message>
        <source>Go to queue entry</source>
        <translation>Ir a la entrada de la cola</translation>
    </message>
    <message>
        <source>&amp;Go to entry:</source>
        <translation>&amp;Ir a la entrada:</translation>
    </message>
    <message>
        <source>&amp;Go to queue entry…</source>
        <translation>&amp;Ir a la entrada de la cola…</translation>
    </message>
    <message>
        <source>Open a queue entry by its number or id (%1)</source>
        <translation>Abrir una entrada de la cola por su número o id (%1)</translation>
    </message>
    <message>
        <source>There is no queue entry %1.</source>
        <translation>No existe la entrada de la cola %1.</translation>
    </message>
    <message>
        <source>The queue entry could not be opened: %1</source>
        <translation>No se ha podido abrir la entrada de la cola: %1</translation>
    </message>
    <message>
        <source>What a gateway will take next: the pending entries, in the server&apos;s order</source>
        <translation>Lo que una pasarela tomará a continuación: las entradas pendientes, en el orden del servidor</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
</context>
<context>
    <name>commdesk::QueueWorkListView</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Refresh (%1)</source>
        <translation>Actualizar (%1)</translation>
    </message>
    <message>
        <source>The list could not be loaded: %1</source>
        <translation>No se ha podido cargar la lista: %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Media or external system</source>
        <translation>Medio o sistema externo</translation>
    </message>
    <message>
        <source>Number of entries</source>
        <translation>Número de entradas</translation>
    </message>
    <message>
        <source>&amp;Entries:</source>
        <translation>E&amp;ntradas:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Origen:</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>List status</source>
        <translation>Estado de la lista</translation>
    </message>
    <message>
        <source>The pending entries the gateway takes next, in the server&apos;s order.</source>
        <translation>Las entradas pendientes que la pasarela tomará a continuación, en el orden del servidor.</translation>
    </message>
    <message>
        <source>Entries delivered (completed) whose communication nobody has viewed yet.</source>
        <translation>Entradas entregadas (completadas) cuya comunicación aún no ha visto nadie.</translation>
    </message>
    <message>
        <source>Entries to send next</source>
        <translation>Entradas que se enviarán a continuación</translation>
    </message>
    <message>
        <source>Delivered entries not yet viewed</source>
        <translation>Entradas entregadas aún no vistas</translation>
    </message>
    <message>
        <source>Entries message</source>
        <translation>Mensaje de las entradas</translation>
    </message>
    <message>
        <source>Some actions failed: %1</source>
        <translation>Algunas acciones han fallado: %1</translation>
    </message>
    <message>
        <source>No entries are waiting for %1.</source>
        <translation>No hay entradas en espera para %1.</translation>
    </message>
    <message>
        <source>Nothing delivered through %1 is waiting to be viewed.</source>
        <translation>No hay nada entregado a través de %1 pendiente de ver.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Datos de %1</translation>
    </message>
    <message>
        <source>The list could not be loaded.</source>
        <translation>No se ha podido cargar la lista.</translation>
    </message>
    <message>
        <source>Next to send</source>
        <translation>Próximas a enviar</translation>
    </message>
    <message>
        <source>Delivered, not viewed</source>
        <translation>Entregadas, no vistas</translation>
    </message>
</context>
<context>
    <name>commdesk::RejectionGroupActions</name>
    <message>
        <source>Rejection group actions</source>
        <translation>Acciones del grupo de rechazos</translation>
    </message>
    <message>
        <source>Resend group…</source>
        <translation>Reenviar el grupo…</translation>
    </message>
    <message>
        <source>Complete group…</source>
        <translation>Completar el grupo…</translation>
    </message>
    <message>
        <source>Reject group again…</source>
        <translation>Volver a rechazar el grupo…</translation>
    </message>
    <message>
        <source>Remove group…</source>
        <translation>Eliminar el grupo…</translation>
    </message>
    <message>
        <source>Choose a rejection group first.</source>
        <translation>Elija primero un grupo de rechazos.</translation>
    </message>
    <message>
        <source>A rejected entry is final: the queue completes, rejects or removes only pending entries (and removes completed ones). Resend sends the group again.</source>
        <translation>Una entrada rechazada es definitiva: la cola solo completa, rechaza o elimina entradas pendientes (y elimina las completadas). Reenviar vuelve a enviar el grupo.</translation>
    </message>
</context>
<context>
    <name>commdesk::RejectionGroupModel</name>
    <message>
        <source>(no code)</source>
        <translation>(sin código)</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>Código de error</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Latest description</source>
        <translation>Última descripción</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Más reciente</translation>
    </message>
</context>
<context>
    <name>commdesk::SavedViewList</name>
    <message>
        <source>Saved views</source>
        <translation>Vistas guardadas</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>Cambiar &amp;nombre</translation>
    </message>
    <message>
        <source>&amp;Update to the list as it is now</source>
        <translation>Act&amp;ualizar con la lista actual</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>“%1” removed.</source>
        <translation>«%1» eliminada.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>“%1” could not be put back: a view of that name was saved meanwhile.</source>
        <translation>No se ha podido restaurar «%1»: entretanto se ha guardado una vista con ese nombre.</translation>
    </message>
    <message>
        <source>Saved view&amp;s</source>
        <translation>Vista&amp;s guardadas</translation>
    </message>
    <message>
        <source>Keep the list you look at with View ▸ Save view (Ctrl+D).</source>
        <translation>Para conservar la lista que se está viendo: Ver ▸ Guardar vista (Ctrl+D).</translation>
    </message>
</context>
<context>
    <name>commdesk::SavedViewModel</name>
    <message>
        <source>A saved view needs a name.</source>
        <translation>Una vista guardada necesita un nombre.</translation>
    </message>
    <message>
        <source>There is already a saved view called “%1”.</source>
        <translation>Ya existe una vista guardada llamada «%1».</translation>
    </message>
    <message>
        <source>Category %1</source>
        <translation>Categoría %1</translation>
    </message>
    <message>
        <source>Contact %1</source>
        <translation>Contacto %1</translation>
    </message>
    <message>
        <source>rows with “%1”</source>
        <translation>filas con «%1»</translation>
    </message>
</context>
<context>
    <name>commdesk::SearchField</name>
    <message>
        <source>Search all communications (Ctrl+K)</source>
        <translation>Buscar en todas las comunicaciones (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search all communications</source>
        <translation>Buscar en todas las comunicaciones</translation>
    </message>
    <message>
        <source>Searches every communication CommDesk has loaded or opened; a communication or contact number is also looked up on the server.</source>
        <translation>Busca en todas las comunicaciones que CommDesk ha cargado o abierto; los números de comunicación o de contacto también se consultan en el servidor.</translation>
    </message>
</context>
<context>
    <name>commdesk::SearchResultModel</name>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Encontrado en</translation>
    </message>
</context>
<context>
    <name>commdesk::SearchResultsView</name>
    <message>
        <source>Back to the list</source>
        <translation>Volver a la lista</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>Close the search and show the list again (Esc)</source>
        <translation>Cerrar la búsqueda y volver a mostrar la lista (Esc)</translation>
    </message>
    <message>
        <source>Type a word, a name or a number to search every communication CommDesk has loaded or opened.</source>
        <translation>Escriba una palabra, un nombre o un número para buscar en todas las comunicaciones que CommDesk ha cargado o abierto.</translation>
    </message>
    <message>
        <source>Searching for “%1”…</source>
        <translation>Buscando «%1»…</translation>
    </message>
    <message>
        <source>Nothing found for “%1”. CommDesk searches what it has loaded or opened on this computer; a communication number (CM004902) or a contact number (CI000271) is also looked up on the server.</source>
        <translation>No se ha encontrado nada para «%1». CommDesk busca en lo que ha cargado o abierto en este equipo; los números de comunicación (CM004902) o de contacto (CI000271) también se consultan en el servidor.</translation>
    </message>
    <message>
        <source>The best %1 results for “%2”, across all categories and contacts.</source>
        <translation>Los %1 mejores resultados para «%2», en todas las categorías y contactos.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) for “%1”, across all categories and contacts.</source>
        <translation>
            <numerusform>%n resultado para «%1», en todas las categorías y contactos.</numerusform>
            <numerusform>%n resultados para «%1», en todas las categorías y contactos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server could not be asked: %1</source>
        <translation>No se ha podido consultar al servidor: %1</translation>
    </message>
</context>
<context>
    <name>commdesk::SecretStore</name>
    <message>
        <source>no keychain service was found</source>
        <translation>no se ha encontrado ningún servicio de llavero</translation>
    </message>
    <message>
        <source>Not remembered: this system has no keychain to keep it safely (%1). You will be asked for it at the next sign-in.</source>
        <translation>No se ha recordado: este sistema no tiene ningún llavero donde guardarlo de forma segura (%1). Se solicitará en el próximo inicio de sesión.</translation>
    </message>
    <message>
        <source>Not remembered: the keychain refused to keep it (%1).</source>
        <translation>No se ha recordado: el llavero se ha negado a guardarlo (%1).</translation>
    </message>
</context>
<context>
    <name>commdesk::ShortcutsDialog</name>
    <message>
        <source>&amp;Assign</source>
        <translation>A&amp;signar</translation>
    </message>
    <message>
        <source>&amp;No shortcut</source>
        <translation>Si&amp;n atajo</translation>
    </message>
    <message>
        <source>&amp;Default</source>
        <translation>&amp;Predeterminado</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Find an action or a key…</source>
        <translation>Buscar una acción o una tecla…</translation>
    </message>
    <message>
        <source>Find a shortcut</source>
        <translation>Buscar un atajo</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>New shortcut</source>
        <translation>Nuevo atajo</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>&amp;Press the new shortcut:</source>
        <translation>Pulse el nuevo a&amp;tajo:</translation>
    </message>
    <message>
        <source>%1 is already the shortcut of “%2”. Choose another, or change that one first.</source>
        <translation>%1 ya es el atajo de «%2». Elija otro o cambie antes ese.</translation>
    </message>
    <message>
        <source>Changed; the default is %1</source>
        <translation>Cambiado; el predeterminado es %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
</context>
<context>
    <name>commdesk::SignInDialog</name>
    <message>
        <source>Try the &amp;demo</source>
        <translation>Probar la &amp;demo</translation>
    </message>
    <message>
        <source>Sign in to CRM.COM</source>
        <translation>Iniciar sesión en CRM.COM</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Try CommDesk with demo data on a built-in practice server; nothing reaches a real CRM.COM.</source>
        <translation>Probar CommDesk con datos de demostración en un servidor de prácticas integrado; nada llega a un CRM.COM real.</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Probar la demo</translation>
    </message>
    <message>
        <source>Work off&amp;line</source>
        <translation>Trabajar sin cone&amp;xión</translation>
    </message>
    <message>
        <source>Work offline</source>
        <translation>Trabajar sin conexión</translation>
    </message>
    <message>
        <source>Show what was last loaded from this server, and connect when it answers again</source>
        <translation>Mostrar lo último que se cargó de este servidor y conectarse cuando vuelva a responder</translation>
    </message>
    <message>
        <source>Starting the demo…</source>
        <translation>Iniciando la demo…</translation>
    </message>
    <message>
        <source>The practice server could not start: %1</source>
        <translation>No se ha podido iniciar el servidor de prácticas: %1</translation>
    </message>
    <message>
        <source>Something answered at this address, but in plain HTTP rather than HTTPS. If this server is meant to be used without encryption, try the address with http:// instead of https://.</source>
        <translation>Algo ha respondido en esta dirección, pero con HTTP sin cifrar en lugar de HTTPS. Si este servidor está pensado para usarse sin cifrado, pruebe la dirección con http:// en lugar de https://.</translation>
    </message>
    <message>
        <source>Session expired</source>
        <translation>Sesión caducada</translation>
    </message>
    <message>
        <source>Your session with the server has ended. Sign in again to carry on: everything you have open stays as it is, and what could not be done is tried again.</source>
        <translation>La sesión con el servidor ha terminado. Vuelva a iniciar sesión para continuar: todo lo que está abierto se mantiene tal cual y lo que no se pudo hacer se volverá a intentar.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>Enter the web API key.</source>
        <translation>Introduzca la clave de API web.</translation>
    </message>
    <message>
        <source>Enter your username, password and organisation.</source>
        <translation>Introduzca su nombre de usuario, contraseña y organización.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>No CRM.COM server answered at this address. Check the address and your network connection. (%1)</source>
        <translation>Ningún servidor de CRM.COM ha respondido en esta dirección. Compruebe la dirección y la conexión de red. (%1)</translation>
    </message>
    <message>
        <source>Something answered at this address, but it does not look like a CRM.COM server. (%1)</source>
        <translation>Algo ha respondido en esta dirección, pero no parece un servidor de CRM.COM. (%1)</translation>
    </message>
    <message>
        <source>The server refused this API key.</source>
        <translation>El servidor ha rechazado esta clave de API.</translation>
    </message>
</context>
<context>
    <name>commdesk::SignInForm</name>
    <message>
        <source>Sign in with a web &amp;API key instead</source>
        <translation>Iniciar sesión con una clave de &amp;API web</translation>
    </message>
    <message>
        <source>&amp;Remember in the system keychain</source>
        <translation>&amp;Recordar en el llavero del sistema</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>a name for this server and account</source>
        <translation>un nombre para este servidor y esta cuenta</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>optional: a PEM file of your organisation&apos;s certificate authorities</source>
        <translation>opcional: un archivo PEM con las autoridades de certificación de su organización</translation>
    </message>
    <message>
        <source>Server profile</source>
        <translation>Perfil de servidor</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Business unit</source>
        <translation>Unidad de negocio</translation>
    </message>
    <message>
        <source>Web API key</source>
        <translation>Clave de API web</translation>
    </message>
    <message>
        <source>Sign in with a web API key</source>
        <translation>Iniciar sesión con una clave de API web</translation>
    </message>
    <message>
        <source>Remember in the system keychain</source>
        <translation>Recordar en el llavero del sistema</translation>
    </message>
    <message>
        <source>Certificate authority bundle</source>
        <translation>Paquete de autoridades de certificación</translation>
    </message>
    <message>
        <source>Choose a certificate authority bundle</source>
        <translation>Elegir un paquete de autoridades de certificación</translation>
    </message>
    <message>
        <source>Security warning</source>
        <translation>Aviso de seguridad</translation>
    </message>
    <message>
        <source>About remembering</source>
        <translation>Acerca de recordar las credenciales</translation>
    </message>
    <message>
        <source>Problem with the server</source>
        <translation>Problema con el servidor</translation>
    </message>
    <message>
        <source>Problem with the sign-in</source>
        <translation>Problema con el inicio de sesión</translation>
    </message>
    <message>
        <source>Problem with the API key</source>
        <translation>Problema con la clave de API</translation>
    </message>
    <message>
        <source>Choose the PEM file of your organisation&apos;s certificate authorities</source>
        <translation>Elegir el archivo PEM con las autoridades de certificación de su organización</translation>
    </message>
    <message>
        <source>Pro&amp;file:</source>
        <translation>Per&amp;fil:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <source>Business u&amp;nit:</source>
        <translation>U&amp;nidad de negocio:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>C&amp;lave de API:</translation>
    </message>
    <message>
        <source>CA &amp;bundle:</source>
        <translation>&amp;Paquete de CA:</translation>
    </message>
    <message>
        <source>&amp;Remember the API key in the system keychain</source>
        <translation>&amp;Recordar la clave de API en el llavero del sistema</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>&amp;Recordar la contraseña en el llavero del sistema</translation>
    </message>
    <message>
        <source>Warning: this address starts with http://, so your password or API key and everything you read would travel unencrypted. Use https:// unless your IT department says otherwise.</source>
        <translation>Aviso: esta dirección empieza por http://, así que su contraseña o clave de API y todo lo que lea viajarían sin cifrar. Use https:// salvo que su departamento de informática indique lo contrario.</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificados (*.pem *.crt *.cer);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Passwords and API keys cannot be remembered: this system has no keychain (%1).</source>
        <translation>No se pueden recordar contraseñas ni claves de API: este sistema no tiene llavero (%1).</translation>
    </message>
</context>
<context>
    <name>commdesk::SmsCounterLabel</name>
    <message>
        <source>Message length</source>
        <translation>Longitud del mensaje</translation>
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
        <translation>Caracteres: %1</translation>
    </message>
    <message>
        <source>SMS parts: %1</source>
        <translation>Partes del SMS: %1</translation>
    </message>
    <message>
        <source>%1, %2 per part</source>
        <translation>%1, %2 por parte</translation>
    </message>
    <message>
        <source>%1 left in this part</source>
        <translation>Quedan %1 en esta parte</translation>
    </message>
    <message>
        <source>Characters: %1 of %2</source>
        <translation>Caracteres: %1 de %2</translation>
    </message>
    <message>
        <source>the external system</source>
        <translation>el sistema externo</translation>
    </message>
    <message>
        <source>Too long for %1: it accepts %2 characters, this is %3 over.</source>
        <translation>Demasiado largo para %1: acepta %2 caracteres y este texto los supera en %3.</translation>
    </message>
    <message>
        <source>Over the character limit</source>
        <translation>Supera el límite de caracteres</translation>
    </message>
</context>
<context>
    <name>commdesk::TemplatePicker</name>
    <message>
        <source>No template</source>
        <translation>Sin plantilla</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>Template list status</source>
        <translation>Estado de la lista de plantillas</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
</context>
<context>
    <name>commdesk::TemplatePreviewPanel</name>
    <message>
        <source>Preview with the placeholders filled in</source>
        <translation>Vista previa con los marcadores de posición rellenados</translation>
    </message>
    <message>
        <source>Placeholder warning</source>
        <translation>Aviso sobre marcadores de posición</translation>
    </message>
    <message>
        <source>Look up the contact to see the placeholders filled in.</source>
        <translation>Consulte el contacto para ver los marcadores de posición rellenados.</translation>
    </message>
    <message>
        <source>Empty for %1: %2. The text will have a gap there.</source>
        <translation>Vacío para %1: %2. El texto tendrá un hueco ahí.</translation>
    </message>
    <message>
        <source>Not filled in by the server: %1.</source>
        <translation>El servidor no ha rellenado: %1.</translation>
    </message>
</context>
<context>
    <name>commdesk::UnrestrictedParameterTable</name>
    <message>
        <source>Add parameter</source>
        <translation>Añadir parámetro</translation>
    </message>
    <message>
        <source>Remove parameter</source>
        <translation>Quitar parámetro</translation>
    </message>
    <message>
        <source>Unrestricted parameters</source>
        <translation>Parámetros sin restricciones</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Add an unrestricted parameter</source>
        <translation>Añadir un parámetro sin restricciones</translation>
    </message>
    <message>
        <source>Remove the selected unrestricted parameter</source>
        <translation>Quitar el parámetro sin restricciones seleccionado</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Whole number</source>
        <translation>Número entero</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Type of parameter %1</source>
        <translation>Tipo del parámetro %1</translation>
    </message>
</context>
<context>
    <name>commdesk::accessibility</name>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>Más acciones</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Signing in to %1…</source>
        <translation>Iniciando sesión en %1…</translation>
    </message>
    <message>
        <source>A desktop client for CRM.COM communications.</source>
        <translation>Un cliente de escritorio para las comunicaciones de CRM.COM.</translation>
    </message>
    <message>
        <source>The CRM.COM server to sign in to.</source>
        <translation>El servidor de CRM.COM en el que iniciar sesión.</translation>
    </message>
    <message>
        <source>Run against the embedded CRM.COM sandbox, signed in as the demo user.</source>
        <translation>Ejecutar con el entorno de pruebas integrado de CRM.COM, con la sesión iniciada como usuario de demostración.</translation>
    </message>
    <message>
        <source>Start the sandbox over with fresh demo data.</source>
        <translation>Reiniciar el entorno de pruebas con datos de demostración nuevos.</translation>
    </message>
    <message>
        <source>A commdesk:// link to open, e.g. commdesk://communication/CM004902.</source>
        <translation>Un enlace commdesk:// que abrir, p. ej., commdesk://communication/CM004902.</translation>
    </message>
    <message>
        <source>CommDesk is already running; the request was passed to it.</source>
        <translation>CommDesk ya se está ejecutando; se le ha pasado la solicitud.</translation>
    </message>
    <message>
        <source>Starting the sandbox…</source>
        <translation>Iniciando el entorno de pruebas…</translation>
    </message>
    <message>
        <source>CommDesk</source>
        <translation>CommDesk</translation>
    </message>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation>No se ha podido iniciar el entorno de pruebas: %1</translation>
    </message>
    <message>
        <source>Sandbox running at %1</source>
        <translation>Entorno de pruebas en ejecución en %1</translation>
    </message>
</context>
</TS>
