<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Application</name>
    <message>
        <source>ReportDesk: edit, preview and schedule your organisation&apos;s reports.</source>
        <translation>ReportDesk: Berichte Ihrer Organisation bearbeiten, in der Vorschau ansehen und planen.</translation>
    </message>
    <message>
        <source>Open the catalog at &lt;path&gt; (default: $REPORTDESK_CATALOG, then %1).</source>
        <translation>Den Katalog unter &lt;path&gt; öffnen (Standard: $REPORTDESK_CATALOG, dann %1).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Read and write settings in the ini &lt;file&gt;.</source>
        <translation>Einstellungen in der INI-Datei &lt;file&gt; lesen und schreiben.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Use the user interface language &lt;lang&gt; (for example de), instead of the system locale.</source>
        <translation>Die Oberflächensprache &lt;lang&gt; (zum Beispiel de) statt der Systemsprache verwenden.</translation>
    </message>
    <message>
        <source>lang</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>ReportDesk</source>
        <translation>ReportDesk</translation>
    </message>
    <message>
        <source>Cannot open the catalog “%1”.

%2</source>
        <translation>Der Katalog “%1” kann nicht geöffnet werden.

%2</translation>
    </message>
    <message>
        <source>Start in the system tray without showing the window (when the desktop has a tray).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets: session only — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs at the same time must be between 1 and %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing the secret of “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the server “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret Not Stored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>Runs scheduled reports in the background from the tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove the autostart entry “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the autostart entry: “%1” is a file, not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the autostart folder “%1”: check that it can be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the autostart entry “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogCommands</name>
    <message>
        <source>Top level</source>
        <translation>Oberste Ebene</translation>
    </message>
    <message>
        <source>A report no longer exists.</source>
        <translation>Ein Bericht existiert nicht mehr.</translation>
    </message>
    <message>
        <source>New folder “%1”</source>
        <translation>Neuer Ordner “%1”</translation>
    </message>
    <message>
        <source>New report “%1”</source>
        <translation>Neuer Bericht “%1”</translation>
    </message>
    <message>
        <source>A report with this id already exists.</source>
        <translation>Ein Bericht mit dieser ID existiert bereits.</translation>
    </message>
    <message>
        <source>Rename “%1”</source>
        <translation>“%1” umbenennen</translation>
    </message>
    <message>
        <source>The folder no longer exists.</source>
        <translation>Der Ordner existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The report no longer exists.</source>
        <translation>Der Bericht existiert nicht mehr.</translation>
    </message>
    <message>
        <source>A folder to move no longer exists.</source>
        <translation>Ein zu verschiebender Ordner existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Cannot move the folder “%1” into itself or one of its subfolders.</source>
        <translation>Der Ordner “%1” kann nicht in sich selbst oder einen seiner Unterordner verschoben werden.</translation>
    </message>
    <message>
        <source>A report to move no longer exists.</source>
        <translation>Ein zu verschiebender Bericht existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Nothing to move: the items are already there.</source>
        <translation>Nichts zu verschieben: Die Elemente befinden sich bereits dort.</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>“%1” löschen</translation>
    </message>
    <message>
        <source>Delete %n items</source>
        <translation>%n Elemente löschen</translation>
    </message>
    <message>
        <source>A folder to delete no longer exists.</source>
        <translation>Ein zu löschender Ordner existiert nicht mehr.</translation>
    </message>
    <message>
        <source>A report to delete no longer exists.</source>
        <translation>Ein zu löschender Bericht existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Duplicate “%1”</source>
        <translation>“%1” duplizieren</translation>
    </message>
    <message>
        <source>Duplicate %n reports</source>
        <translation>%n Berichte duplizieren</translation>
    </message>
    <message>
        <source>Enable “%1”</source>
        <translation>“%1” aktivieren</translation>
    </message>
    <message>
        <source>Enable %n reports</source>
        <translation>%n Berichte aktivieren</translation>
    </message>
    <message>
        <source>Disable “%1”</source>
        <translation>“%1” deaktivieren</translation>
    </message>
    <message>
        <source>Disable %n reports</source>
        <translation>%n Berichte deaktivieren</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>“%1” bearbeiten</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>Nichts zu tun.</translation>
    </message>
    <message>
        <source>Move “%1” to “%2”</source>
        <translation>“%1” nach “%2” verschieben</translation>
    </message>
    <message numerus="yes">
        <source>Move %n items to “%1”</source>
        <translation>
            <numerusform>%n Element nach “%1” verschieben</numerusform>
            <numerusform>%n Elemente nach “%1” verschieben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Usage: %1 [--catalog PATH] COMMAND [options]</source>
        <translation>Aufruf: %1 [--catalog PATH] COMMAND [Optionen]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>The catalog file (default: $REPORTDESK_CATALOG, else the app data folder).</source>
        <translation>Die Katalogdatei (Standard: $REPORTDESK_CATALOG, sonst der Datenordner der Anwendung).</translation>
    </message>
    <message>
        <source>Language of the messages, such as &quot;de&quot;.</source>
        <translation>Sprache der Meldungen, etwa &quot;de&quot;.</translation>
    </message>
    <message>
        <source>Log what happens to standard error.</source>
        <translation>Die Abläufe in die Standardfehlerausgabe protokollieren.</translation>
    </message>
    <message>
        <source>Print the version.</source>
        <translation>Die Version ausgeben.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Run &quot;%1 COMMAND --help&quot; for the options of a command.</source>
        <translation>Führen Sie &quot;%1 COMMAND --help&quot; aus, um die Optionen eines Befehls zu sehen.</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 the command failed, 2 bad command line.</source>
        <translation>Rückgabewerte: 0 Erfolg, 1 Befehl fehlgeschlagen, 2 ungültige Befehlszeile.</translation>
    </message>
    <message>
        <source>Run &quot;%1 --help&quot; for the commands.</source>
        <translation>Führen Sie &quot;%1 --help&quot; aus, um die Befehle zu sehen.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Kein Befehl angegeben.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unbekannter Befehl &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Manage and render ReportDesk reports without a display.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>Unknown option &quot;%1&quot;; give a %2 command first.</source>
        <translation>Unbekannte Option &quot;%1&quot;; geben Sie zuerst einen %2-Befehl an.</translation>
    </message>
    <message>
        <source>Unknown %1 command &quot;%2&quot;.</source>
        <translation>Unbekannter %1-Befehl &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Run &quot;%1 %2 COMMAND --help&quot; for the options of a command.</source>
        <translation>Führen Sie &quot;%1 %2 COMMAND --help&quot; aus, um die Optionen eines Befehls zu sehen.</translation>
    </message>
    <message>
        <source>Usage: %1 [--catalog PATH] %2</source>
        <translation>Aufruf: %1 [--catalog PATH] %2</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>The catalog file (overrides the global option).</source>
        <translation>Die Katalogdatei (überschreibt die globale Option).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Missing argument.</source>
        <translation>Fehlendes Argument.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Unerwartetes Argument &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Run &quot;%1 %2 --help&quot; for details.</source>
        <translation>Führen Sie &quot;%1 %2 --help&quot; für Details aus.</translation>
    </message>
    <message>
        <source>No catalog at %1. Run &quot;%2 init&quot; to create it, or choose one with --catalog or REPORTDESK_CATALOG.</source>
        <translation>Kein Katalog unter %1. Führen Sie &quot;%2 init&quot; aus, um ihn zu erstellen, oder wählen Sie einen mit --catalog oder REPORTDESK_CATALOG.</translation>
    </message>
    <message>
        <source>No report &quot;%1&quot;: no report has this id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No report &quot;%1&quot;: give a report id or a folder path plus the report name, such as &quot;Samples/Weekly traffic&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No report &quot;%1&quot;: no such folder &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No report &quot;%1&quot;: no such report in the folder &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: standard input cannot be read for --password-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 --password-stdin: standard input is empty; pipe the secret in, for example from a password manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the secret of server &quot;%1&quot;: %2 Pass it on standard input with &quot;%3 %4 --password-stdin&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret is stored for server &quot;%1&quot; in the keychain. Pass it on standard input with &quot;%2 %3 --password-stdin&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FoldersCommand</name>
    <message>
        <source>List every folder by its path.</source>
        <translation>Alle Ordner mit ihrem Pfad auflisten.</translation>
    </message>
    <message>
        <source>Create a folder and any missing parents.</source>
        <translation>Einen Ordner samt fehlender übergeordneter Ordner erstellen.</translation>
    </message>
    <message>
        <source>List and create catalog folders.</source>
        <translation>Katalogordner auflisten und erstellen.</translation>
    </message>
    <message>
        <source>List every folder, parents before children, one path per line.</source>
        <translation>Alle Ordner auflisten, übergeordnete vor untergeordneten, ein Pfad pro Zeile.</translation>
    </message>
    <message>
        <source>Print a JSON array of {id, name, path, parentId, reportCount} instead.</source>
        <translation>Stattdessen ein JSON-Array aus {id, name, path, parentId, reportCount} ausgeben.</translation>
    </message>
    <message>
        <source>Create the folder PATH (&quot;Team/Weekly&quot;), creating missing parents on the way.
If the folder exists already, nothing changes and the command still succeeds.</source>
        <translation>Den Ordner PATH (&quot;Team/Weekly&quot;) erstellen und dabei fehlende übergeordnete Ordner anlegen.
Existiert der Ordner bereits, ändert sich nichts und der Befehl ist trotzdem erfolgreich.</translation>
    </message>
    <message>
        <source>Folder path, parts separated by &quot;/&quot;.</source>
        <translation>Ordnerpfad, Teile durch &quot;/&quot; getrennt.</translation>
    </message>
    <message>
        <source>The folder path is empty.</source>
        <translation>Der Ordnerpfad ist leer.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Cannot create the folder &quot;%1&quot;: %2</source>
        <translation>Der Ordner &quot;%1&quot; kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; exists already; nothing was changed.</source>
        <translation>Der Ordner &quot;%1&quot; existiert bereits; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Created the folder &quot;%1&quot;.</source>
        <translation>Der Ordner &quot;%1&quot; wurde erstellt.</translation>
    </message>
</context>
<context>
    <name>GrafanaReportMapping</name>
    <message>
        <source>Dashboard %1 of the Grafana report is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Grafana report&apos;s dashboards are not a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Grafana report has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name “%1” contains “/”, which ReportDesk report names cannot; a local copy needs another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The format “%1” is not one ReportDesk knows; it stays on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The orientation “%1” is not one ReportDesk knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layout “%1” is not one ReportDesk knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schedule cannot be shown: %1 It stays as it is on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dashboard of the report has no uid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dashboards use their own default time range; ReportDesk shows %1 to %2 and sends a time range only when you change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dashboards have different time ranges; ReportDesk shows the first (%1 to %2), and changing it sets it for every dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dashboards give different values to %1; ReportDesk shows the first dashboard&apos;s, and changing one sets it for every dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variables with several values are shown comma-separated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report on the server cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Grafana report needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grafana reports show dashboards only; the %1 section “%2” has no place there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dashboard section “%1” names no dashboard uid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Grafana report needs at least one dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grafana reports have no description; it is not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grafana reports have no title apart from the name; “%1” is not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grafana chooses the paper size itself; %1 is not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grafana reports have no tags; they are not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grafana cannot produce the format “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grafana reports always have a schedule; give the report one (for example “once”) before sending it to Grafana.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grafana report branding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grafana&apos;s e-mail footer is switched off (mode “none”); its text “%1” stays on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grafana&apos;s e-mail logo (%1) has no place in a ReportDesk branding profile; it stays on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grafana takes the report logo as a URL, not as an image; put the logo where Grafana can reach it and enter that URL in Grafana&apos;s reporting settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accent colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>watermark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>font</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page-number format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grafana&apos;s branding has no %1; that stays in ReportDesk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HttpCall</name>
    <message>
        <source>the server address “%1” is not an http or https URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refusing to send the credentials for %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth2 is configured without a token provider</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HttpClient</name>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body is empty where JSON was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid JSON at byte %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a JSON object was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a JSON array was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CA certificate file “%1” cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CA certificate file “%1” holds no certificate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <source>Create the catalog if it does not exist yet (and upgrade an older one).</source>
        <translation>Den Katalog erstellen, falls er noch nicht existiert (und einen älteren aktualisieren).</translation>
    </message>
    <message>
        <source>Safe to run again: an existing catalog is kept as it is. With --demo, the sample folder, reports, data source and branding are added when the catalog is empty.</source>
        <translation>Kann gefahrlos erneut ausgeführt werden: Ein vorhandener Katalog bleibt unverändert. Mit --demo werden Beispielordner, -berichte, -datenquelle und -markenprofil hinzugefügt, wenn der Katalog leer ist.</translation>
    </message>
    <message>
        <source>Add the demo content to an empty catalog.</source>
        <translation>Die Demo-Inhalte zu einem leeren Katalog hinzufügen.</translation>
    </message>
    <message>
        <source>Catalog %1 is ready (schema version %2).</source>
        <translation>Der Katalog %1 ist bereit (Schemaversion %2).</translation>
    </message>
    <message>
        <source>Created the catalog %1.</source>
        <translation>Der Katalog %1 wurde erstellt.</translation>
    </message>
    <message>
        <source>The demo content is already there; nothing was added.</source>
        <translation>Die Demo-Inhalte sind bereits vorhanden; es wurde nichts hinzugefügt.</translation>
    </message>
    <message>
        <source>The catalog is not empty, so no demo content was added.</source>
        <translation>Der Katalog ist nicht leer, daher wurden keine Demo-Inhalte hinzugefügt.</translation>
    </message>
    <message>
        <source>Adding the demo content failed: %1</source>
        <translation>Das Hinzufügen der Demo-Inhalte ist fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Added the demo content: %n report(s) in &quot;%1&quot;, sample data in %2.</source>
        <translation>
            <numerusform>Demo-Inhalte hinzugefügt: %n Bericht in &quot;%1&quot;, Beispieldaten in %2.</numerusform>
            <numerusform>Demo-Inhalte hinzugefügt: %n Berichte in &quot;%1&quot;, Beispieldaten in %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KibanaClient</name>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder “%1” cannot be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the base URL “%1” is not an http:// or https:// address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kibana does not sign in with OAuth2 client credentials; use a user name and password or an API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Kibana does not offer scheduled reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only Kibana&apos;s scheduled reports can be enabled or disabled; export jobs cannot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kibana cannot run a scheduled report on request; generate an export instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this Kibana does not offer scheduled reports (its internal scheduled-reports API, new in Kibana 9, answers 404)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the server status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no Kibana status page (/api/status) here, so this is not a Kibana server or the base path is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a Kibana server: its /api/status names no Kibana version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count the report jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kibana Reporting did not answer (the Reporting plugin is off, or the space does not exist)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report job count is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the scheduled reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>space “%1”, %n report job(s), %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scheduled reports offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no scheduled reports (this Kibana does not offer them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kibana has no folder “%1”; it has no report folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the export jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a job in the list has no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scheduled reports list has no “data” array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a scheduled report in the list has no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 job, %2, created %3 by %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 job, %2, created %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rrule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 schedule; next run %2; last run %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the export job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no export job or scheduled report with this id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enable the scheduled report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disable the scheduled report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an export job; only scheduled reports can be enabled or disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete the export job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no export job with this id (deleted already, or created by another user)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete the scheduled report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>delete %n scheduled report(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>there is no scheduled report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no export job or scheduled report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> (and %n more error(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>generate the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generate the export “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no output file was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer has neither a download “path” nor a job id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>download the export job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no job id was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report job %1 is gone (deleted, expired, or created by another user)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report job failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report job %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the report job %1 was still %2 after %n poll(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>not ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the download is not a %1 file (it came as “%2”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the export to “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KibanaExport</name>
    <message>
        <source>No URL given; paste the POST URL from Kibana&apos;s Share menu (PDF Reports &gt; Copy POST URL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a Kibana URL: it must start with http:// or https:// and name the Kibana host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the POST URL from Kibana&apos;s Share menu; it ends in /api/reporting/generate/&lt;export type&gt;?jobParams=...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL is not a Kibana report POST URL: its path “%1” is not a report generate path. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL asks for the export type “%1”, which Kibana does not know (known: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL has an empty space id after /s/.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL has no jobParams, so it says nothing about what to export. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL&apos;s jobParams are not valid: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL&apos;s jobParams must be a rison object “(...)”, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kibana does not know the export type “%1” (known: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The jobParams are not valid: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The jobParams must be a rison object “(...)”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title has %1 characters; Kibana takes at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The object type is empty (for example “dashboard”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The object type has %1 characters; Kibana takes at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a time zone this system knows; use an IANA name such as Europe/Berlin or UTC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV exports have no page layout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a Kibana layout (use %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout width and height must be more than 0 and at most %1 pixels; %2 × %3 is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This export has no locator parameters, so it has no time range to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kibana does not know the export type “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The object type is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a time zone this system knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a Kibana layout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout width and height must be more than 0 and at most %1 pixels.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuth2TokenProvider</name>
    <message>
        <source>get an access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token response has no access_token</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>&quot;%1&quot; is not a known time zone.</source>
        <translation>&quot;%1&quot; ist keine bekannte Zeitzone.</translation>
    </message>
</context>
<context>
    <name>RemoteClients</name>
    <message>
        <source>This version of ReportDesk cannot connect to %1 servers yet (server &quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoteCommand</name>
    <message>
        <source>enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the folders and reports (or jobs) on a server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one remote item, with --json as received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run (send) a remote report now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable a remote report (resume its schedule).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable a remote report (pause its schedule).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete remote items (reports, export jobs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move a remote report into another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render on the server and download the file (Kibana POST URL, a report, or Grafana dashboards).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a server&apos;s report branding settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work with the reports on remote servers (Kibana, Grafana, OpenObserve, Zscaler UVM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No remote server named &quot;%1&quot;. &quot;%2 servers list&quot; shows them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer within %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the server&apos;s secret from standard input instead of the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List what is on the server NAME: its folders (where it has them) and the reports, export jobs or scheduled reports in them. FOLDER is a folder id as this lists it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the items of the folder with this id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server profile&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder %1  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the item ID on the server NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the server&apos;s JSON exactly as received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item&apos;s id on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the items ID... on the server NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 the report ID on the server NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triggered %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the report ID into the folder FOLDER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target folder&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report&apos;s id on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to FOLDER is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved %1 to folder %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render on the server NAME and save the file at PATH: a Kibana export from its POST URL (Kibana&apos;s &quot;Copy POST URL&quot;), a report by id (Grafana, Kibana job, Zscaler UVM), or Grafana dashboards by uid (comma-separated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Kibana reporting POST URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A report or job id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grafana dashboard uids, comma-separated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to save the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give exactly one of --kibana-url, --report and --dashboards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out PATH is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kibana-url: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for the Kibana job %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kibana-url needs a Kibana server; %1 is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dashboards needs a Grafana server; %1 is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the report branding settings of the server NAME (Grafana).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the settings exactly as received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no report settings to show; only Grafana has them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Footer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Footer link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted 1 item on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n items on %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoteError</name>
    <message>
        <source>the host name “%1” could not be found (DNS lookup failed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection to %1 was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server could not be reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s TLS certificate is not trusted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer within %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the server asks to wait %1 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server redirected to another site (%1), which ReportDesk does not follow so that credentials stay with this server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the response is larger than the limit of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the response is not what was expected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this server does not offer it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server reported an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the server profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the server is running and that the port is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the network connection and the server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the server uses a private certificate authority, add its CA certificate file to the server profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server may be busy; try again later or raise the timeout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the user name and password or token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account lacks the permission for this; ask the server&apos;s administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the base URL and the organisation; the item may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL may not point to this kind of server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server limits the request rate; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has a problem; try again later or ask its administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If that address is right, use it as the server&apos;s base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the base URL, or raise the response size limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RenderCommand</name>
    <message>
        <source>Render a report to PDF, CSV or PNG files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render a report as the scheduler would, and print the path of every file written, one per line.
pdf writes PATH. csv writes one file per table section: PATH for one table, else STEM-N-TITLE.csv beside it. png writes one image per page: STEM-PAGE.png.
Nothing is left behind when rendering fails, and existing files stay as they were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report id, or folder path and name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH</source>
        <translation type="unfinished">PATH</translation>
    </message>
    <message>
        <source>pdf, csv or png (default: from the extension of --out, else pdf).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a report variable for this run; repeat for several. The report must define or use NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME=VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start of the period instead of the report&apos;s: now-7d, now/d, now-1M/M or an ISO 8601 instant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of the period instead of the report&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render as if run at this instant (ISO 8601 with a time zone, such as 2025-03-10T09:30:00Z), so the output is reproducible. Default: now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INSTANT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write PDF/A-1b, for archiving (pdf only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pixels per inch of the PNG pages (png only; default %1, %2 to %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing --out PATH: the file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out -: render writes files, not standard output; give a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot; for --format: use pdf, csv or png.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad --var &quot;%1&quot;: use NAME=VALUE, NAME made of letters, digits and _ and not starting with a digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad --var &quot;%1&quot;: the period is set with --from and --to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad --%1 &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the time is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad --at &quot;%1&quot;: give an ISO 8601 instant with a time zone, such as 2025-03-10T09:30:00Z or 2025-03-10T10:30:00+01:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--pdfa applies to pdf output only, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad --dpi &quot;%1&quot;: give a whole number from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dpi applies to png output only, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot render: this program was started without Qt Gui.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot render &quot;%1&quot;: --var %2: the report neither defines nor uses a variable &quot;%2&quot; (its variables: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rendering %1: %2/%3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsCommand</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List reports: path, enabled, title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every field of one report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a report document (JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a report as a JSON document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List, show, import and export reports. A report is named by its id (UUID) or by its folder path and name, such as &quot;Samples/Weekly traffic&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List reports, sorted by path. With --folder, only the reports in that folder and its subfolders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only reports under the folder PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH</source>
        <translation type="unfinished">PATH</translation>
    </message>
    <message>
        <source>Print a JSON array of {id, name, folder, title, enabled, tags} instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No folder &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ENABLED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished">Aktiviert</translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, %3 layout, margins %4/%5/%6/%7 mm (left/top/right/bottom)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>simple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing profile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server %1, remote id %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(width %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data source</source>
        <translation type="unfinished">Datenquelle</translation>
    </message>
    <message>
        <source>query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>align %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>elide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>width %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n byte(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>remote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every field of a report, sections included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report id, or folder path and name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the report&apos;s JSON document (as export does).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a report document written by &quot;reports export&quot; (or the editor).
The report keeps its id, timestamps and fields, so exporting it again gives the same document. A document without an id gets a new one.
A report with the same id in the catalog is an error unless --replace is given; a report with the same name in the target folder is always an error.
Nothing is changed when the import fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON document, or &quot;-&quot; for standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder to import into, created when missing (default: &quot;%1&quot;; with --replace, the replaced report&apos;s folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the catalog&apos;s report that has the document&apos;s id, in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import: standard input is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished">%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot import %1: %2 Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the catalog already has a report with the id %1 (&quot;%2/%3&quot;). Use --replace to overwrite it, or remove &quot;id&quot; from the document to import a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder path is empty.</source>
        <translation type="unfinished">Der Ordnerpfad ist leer.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation type="unfinished">Ordner</translation>
    </message>
    <message>
        <source>folder &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder &quot;%1&quot; already has a report named &quot;%2&quot; (id %3). Rename it in the document or choose another folder with --folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced &quot;%1&quot; (id %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported &quot;%1&quot; (id %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a report as a JSON document (format &quot;%1&quot;, version %2) for &quot;reports import&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to FILE (replaced atomically) instead of standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported &quot;%1/%2&quot; to %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rison</name>
    <message>
        <source>the text is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected “%1” after the end of the value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nested deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value is missing at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot start a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quoted string is not closed with &apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“!%1” is not an escape inside quotes (only !! and !&apos; are)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number needs digits after “-”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number needs digits after the decimal point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number needs digits in its exponent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number “%1” is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“!” at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“!%1” is not a rison value (only !t, !f, !n and !( are)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list that starts here is not closed with “)”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected “,” or “)” in a list, found “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list cannot start with “,”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value is missing after “,”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the object that starts here is not closed with “)”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected “,” or “)” after a value, found “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a key is missing after “,”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object cannot start with “,”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a key must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected “:” after the key “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key “%1” appears twice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rison::Error</name>
    <message>
        <source>malformed rison at position %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (near “%2”)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunDueCommand</name>
    <message>
        <source>Run the scheduled reports that are due, then exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run scheduled reports until stopped (SIGTERM, SIGINT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run what is due once and exit: recover runs a killed process left behind, catch up what was missed since the last check (per each report&apos;s catch-up policy), start what is due now, and wait for every run to finish.
Prints one line per run, fields separated by tabs: report, scheduled-for, state, then the files written or the error.
Exit code 0 when every run succeeded (or nothing was due), 1 when any did not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act as if the clock showed this instant (ISO 8601 with a time zone), to replay or test a schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INSTANT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive folder the files go to; remembered in the catalog for later runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--archive needs a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot render: this program was started without Qt Gui.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog %1 is read-only; runs are recorded in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was due. Next: %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was due, and no report is scheduled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the scheduler until SIGTERM or SIGINT, logging each run to standard error.
On the signal nothing new starts; running runs get the grace period to finish and are then cancelled (a second signal cancels them at once). Exits 0.
Schedules changed by other programs (the app, reports import) are picked up while it runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long running runs may take to finish once stopped (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad --grace &quot;%1&quot;: give a whole number of seconds from 0 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot watch for SIGTERM and SIGINT: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1 started: %2, scheduled for %3 (%4, attempt %5, %6 s after its time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: the daemon was stopped (%1) and the run did not finish within the grace period of %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> in %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1 %2%3: %4: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no run is scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next run: %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>cancelling %n run(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The daemon was stopped (%1) and the run did not react to being cancelled within %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1 interrupted: %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped, leaving the runs that did not stop behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: stopping</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: stopping; waiting up to %2 s for %n running run(s) (send %1 again to cancel them now)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the schedule of %1 changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>daemon started: pid %1, catalog %2, archive %3, %n scheduled report(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>warning: the archive folder %1 does not exist; runs fail until it does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunText</name>
    <message>
        <source>Bad %1 &quot;%2&quot;: give an ISO 8601 instant with a time zone, such as 2026-03-29T08:00:00Z or 2026-03-29T10:00:00+02:00.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunsCommand</name>
    <message>
        <source>List the run history, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the history of scheduled and manual runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List runs, the latest occurrence first: id, scheduled-for (ISO 8601 with the offset of the report&apos;s schedule zone), report, trigger, state, attempt, and the files written or the error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the runs of this report (id, or folder path and name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only runs in this state: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N runs (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a JSON array of runs instead, with every time and each file&apos;s path, format, size and SHA-256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown state &quot;%1&quot; for --state: use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad --limit &quot;%1&quot;: give a whole number from 1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCHEDULED FOR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REPORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TRIGGER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ATTEMPT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILES OR ERROR</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleCommand</name>
    <message>
        <source>How many runs to list (default 10, at most %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the runs after this instant (ISO 8601 with a time zone) instead of after now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INSTANT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a JSON array of the instants instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the next runs of a report&apos;s schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a cron expression or schedule and list its next runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show when schedules run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad -n &quot;%1&quot;: give a whole number from 1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the next runs of the report&apos;s schedule as ISO 8601 instants with the offset of the schedule&apos;s time zone, one per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report id, or folder path and name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schedule of &quot;%1&quot; cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report &quot;%1&quot; has no schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schedule of &quot;%1&quot; does not run: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: &quot;%1&quot; is disabled, so the scheduler does not run it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate a schedule without a report: check it and list its next runs as ISO 8601 instants with the offset of its time zone, one per line.
An invalid expression, schedule or zone is a usage error (exit code 2) naming the field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cron expression: 5 fields (minute hour day month weekday), or 6 with seconds first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXPR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A schedule as JSON, in the format of a report&apos;s &quot;schedule&quot; object; - reads it from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IANA time zone the schedule is read in (Europe/Berlin); required with --cron, overrides the zone of --spec.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZONE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --cron EXPR or --spec JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing --tz ZONE: the time zone the cron expression is read in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--spec -: there is no standard input to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad --spec: not valid JSON: %1 at offset %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad --spec: the schedule must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad --spec: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad --spec: the schedule is empty (an empty object means &quot;not scheduled&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretStores</name>
    <message>
        <source>no answer within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServersCommand</name>
    <message>
        <source>region %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a server profile; its secret goes to the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the server profiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to a server and say what answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a server profile and its secret from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage remote servers (Kibana, Grafana, OpenObserve, Zscaler UVM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a remote server profile. The secret (password, token, API key or OAuth2 client secret) is read from standard input with --password-stdin and stored in the system keychain; it is never accepted as an argument and never written to the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server kind: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile&apos;s name, unique regardless of case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s address, such as https://grafana.example.com (not needed for a UVM region).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grafana organisation id, Kibana space, OpenObserve organisation or UVM account id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name, or the OAuth2 client id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to sign in: basic, bearer, apikey or client-credentials (default: basic with --user, otherwise a token or API key; UVM: client-credentials).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UVM only: the region preset, us or eu, instead of --url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REGION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra CA certificates (PEM) to trust for this server; TLS is always verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer timeout in seconds (default 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the secret from standard input (one trailing line break is ignored).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind is required: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown --kind &quot;%1&quot;: use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--region is for Zscaler UVM servers only; give %1 servers a --url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown --auth &quot;%1&quot;: %2 servers accept %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad --timeout &quot;%1&quot;: give a whole number of seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--password-stdin: sign-in &quot;%1&quot; uses no secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A remote server named &quot;%1&quot; already exists. Choose another name, or remove it first with &quot;%2 servers remove&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 server &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 (id %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret was stored. Commands that sign in read it from the keychain, or from standard input with --password-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The server &quot;%2&quot; was not added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret is stored in the keychain: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1 The secret was kept only for this command and is gone now that it ends. Pass it again with --password-stdin to each command that needs it, for example &quot;%2 servers test %3 --password-stdin&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the remote server profiles by name: name, kind, address, organisation, sign-in and user. Secrets are not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a JSON array of {id, name, kind, url, organisation, auth, user, region, caFile, timeoutSeconds, extra} instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ORGANISATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIGN-IN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to the server NAME and read something cheap. Says what answered, or what failed: the name lookup, the connection, TLS, the credentials (401/403), a wrong path, or a server of another kind. The secret comes from the keychain, or from standard input with --password-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the secret from standard input instead of the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server profile&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No remote server named &quot;%1&quot;. &quot;%2 servers list&quot; shows them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the server profile NAME from the catalog and its secret from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog %1 is read-only; the server &quot;%2&quot; was not removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The server &quot;%2&quot; was not removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1 and its secret from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1 A secret of this server in a keychain that did not answer was not removed; it is stored under &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeRange</name>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Today so far</source>
        <translation>Heute bisher</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Vorige Woche</translation>
    </message>
    <message>
        <source>Month to date</source>
        <translation>Monat bis heute</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Voriger Monat</translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation>Jahr bis heute</translation>
    </message>
</context>
<context>
    <name>UvmClient</name>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the base URL “%1” is not an http or https address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown region “%1”; choose us, eu or a custom base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zscaler UVM signs in with OAuth2 client credentials only, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the OAuth2 client id is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the OAuth2 client secret is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the UVM account id is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report</source>
        <translation type="unfinished">Bericht</translation>
    </message>
    <message>
        <source>Zscaler UVM report %1, added by id (the API cannot list reports)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server refused the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server refused the request (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the GraphQL answer has neither data nor errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the GraphQL answer has no %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Zscaler UVM Reporting API only runs reports; change them in the UVM app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zscaler UVM reports are added to the server by id; they have no folders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a GraphQL endpoint (the answer has neither data nor errors)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server refused account %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zscaler UVM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Zscaler UVM API cannot look up reports, and report %1 has not been added to this server in ReportDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start a run of report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report id is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>processReport gave no runId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check run %1 of report %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>getReportRunStatus gave no status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>download the result of report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the download link is not an http or https URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the download link %1 is not HTTPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1 cannot be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no output file was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (run %2 was still “%3” after %4 status checks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1 ended with status “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1 completed without a presignedUrl</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reportdesk</name>
    <message>
        <source>%1th</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1st</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1nd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1rd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO-8601 date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>section %1</source>
        <translation type="unfinished">Abschnitt %1</translation>
    </message>
    <message>
        <source>section %1 (&quot;%2&quot;)</source>
        <translation type="unfinished">Abschnitt %1 (&quot;%2&quot;)</translation>
    </message>
    <message>
        <source>second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day-of-month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day-of-week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 field: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no keychain service is available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access to the keychain was denied by the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access to the keychain was denied (is it locked?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain could not delete the entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain does not support this operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown keychain error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reportdesk::Archive</name>
    <message>
        <source>No archive folder is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive folder %1 does not exist (is its drive mounted?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive folder %1 is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive folder %1 is not writable for this user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk of the archive folder %1 is full (%2 MiB free).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the archive folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished">%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot remember the archive folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file name template is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file name template must be relative to the report&apos;s folder: no leading “/” and no “\”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file name template has an empty, “.” or “..” folder name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file name template has a “{” inside another field at position %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file name template has a “}” without its “{” at position %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file name template has an empty field “{}” at position %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file name template has a “{” that is not closed (position %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reportdesk::BrandingEditor</name>
    <message>
        <source>Branding profiles</source>
        <translation>Markenprofile</translation>
    </message>
    <message>
        <source>&amp;Profiles:</source>
        <translation>&amp;Profile:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Make default</source>
        <translation>Als Stan&amp;dard festlegen</translation>
    </message>
    <message>
        <source>Reports without their own profile use the default</source>
        <translation>Berichte ohne eigenes Profil verwenden das Standardprofil</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Aus&amp;wählen…</translation>
    </message>
    <message>
        <source>PNG, JPEG, GIF, BMP, WebP or SVG, up to 2 MB</source>
        <translation>PNG, JPEG, GIF, BMP, WebP oder SVG, bis 2 MB</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Entf&amp;ernen</translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation>L&amp;ogo:</translation>
    </message>
    <message>
        <source>Choose the accent colour</source>
        <translation>Akzentfarbe auswählen</translation>
    </message>
    <message>
        <source>A&amp;ccent colour:</source>
        <translation>&amp;Akzentfarbe:</translation>
    </message>
    <message>
        <source>&amp;Header text:</source>
        <translation>&amp;Kopfzeile:</translation>
    </message>
    <message>
        <source>&amp;Footer text:</source>
        <translation>&amp;Fußzeile:</translation>
    </message>
    <message>
        <source>Footer lin&amp;k:</source>
        <translation>Fußzeilen-L&amp;ink:</translation>
    </message>
    <message>
        <source>e.g. CONFIDENTIAL; empty for none</source>
        <translation>z. B. VERTRAULICH; leer für keines</translation>
    </message>
    <message>
        <source>&amp;Watermark:</source>
        <translation>Wasser&amp;zeichen:</translation>
    </message>
    <message>
        <source>F&amp;ont:</source>
        <translation>Schrif&amp;tart:</translation>
    </message>
    <message>
        <source>{page} is the page number, {pages} the page count</source>
        <translation>{page} ist die Seitennummer, {pages} die Seitenanzahl</translation>
    </message>
    <message>
        <source>Page &amp;number:</source>
        <translation>Seitennumme&amp;r:</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Vorschau:</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Save profile</source>
        <translation>Profil &amp;speichern</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (Standard)</translation>
    </message>
    <message>
        <source>(no page numbers)</source>
        <translation>(keine Seitennummern)</translation>
    </message>
    <message>
        <source>Sample: %1</source>
        <translation>Beispiel: %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has unsaved changes. Save them?</source>
        <translation>Das Profil &quot;%1&quot; enthält ungespeicherte Änderungen. Sollen sie gespeichert werden?</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <source>New profile %1</source>
        <translation>Neues Profil %1</translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation>%1 Kopie</translation>
    </message>
    <message>
        <source>%1 copy %2</source>
        <translation>%1 Kopie %2</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <source>Delete the branding profile &quot;%1&quot;? Reports that use it fall back to the default profile.</source>
        <translation>Das Markenprofil &quot;%1&quot; löschen? Berichte, die es verwenden, greifen auf das Standardprofil zurück.</translation>
    </message>
    <message>
        <source>Choose logo</source>
        <translation>Logo auswählen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.svg);;All files (*)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.svg);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The logo is %1 MB; the limit is 2 MB.</source>
        <translation>Das Logo ist %1 MB groß; die Obergrenze liegt bei 2 MB.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 ist leer.</translation>
    </message>
    <message>
        <source>Accent colour</source>
        <translation>Akzentfarbe</translation>
    </message>
    <message>
        <source>Pick…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Kein Logo</translation>
    </message>
    <message>
        <source>(cannot preview)</source>
        <translation>(keine Vorschau möglich)</translation>
    </message>
    <message>
        <source>%1 (%2 KB)</source>
        <translation>%1 (%2 KB)</translation>
    </message>
</context>
<context>
    <name>reportdesk::Catalog</name>
    <message>
        <source>The catalog path %1 is a folder, not a file.</source>
        <translation>Der Katalogpfad %1 ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>Cannot read the catalog %1: %2</source>
        <translation>Der Katalog %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a ReportDesk catalog: it is not an SQLite database. Nothing was changed.</source>
        <translation>%1 ist kein ReportDesk-Katalog: Es ist keine SQLite-Datenbank. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the catalog.</source>
        <translation>Der Ordner %1 für den Katalog kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Cannot create the catalog %1: the folder is not writable.</source>
        <translation>Der Katalog %1 kann nicht erstellt werden: Der Ordner ist nicht beschreibbar.</translation>
    </message>
    <message>
        <source>The catalog %1 does not exist.</source>
        <translation>Der Katalog %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot open the catalog %1: %2</source>
        <translation>Der Katalog %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a ReportDesk catalog. Nothing was changed.</source>
        <translation>%1 ist eine SQLite-Datenbank, aber kein ReportDesk-Katalog. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The catalog %1 was written by a newer ReportDesk (schema version %2; this version knows up to %3). Update ReportDesk to open it. Nothing was changed.</source>
        <translation>Der Katalog %1 wurde von einer neueren ReportDesk-Version geschrieben (Schemaversion %2; diese Version kennt bis %3). Aktualisieren Sie ReportDesk, um ihn zu öffnen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The catalog %1 is read-only and needs an upgrade from schema version %2 to %3. Make it writable and open it again.</source>
        <translation>Der Katalog %1 ist schreibgeschützt und muss von Schemaversion %2 auf %3 aktualisiert werden. Machen Sie ihn beschreibbar und öffnen Sie ihn erneut.</translation>
    </message>
    <message>
        <source>Upgrading the catalog to schema version %1 failed: %2. Nothing was changed.</source>
        <translation>Die Aktualisierung des Katalogs auf Schemaversion %1 ist fehlgeschlagen: %2. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Upgrading the catalog to schema version %1 failed: %2.</source>
        <translation>Die Aktualisierung des Katalogs auf Schemaversion %1 ist fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <source>The catalog %1 is read-only; changes cannot be saved.</source>
        <translation>Der Katalog %1 ist schreibgeschützt; Änderungen können nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>%1 failed: the disk is full. Nothing was changed.</source>
        <translation>%1 fehlgeschlagen: Der Datenträger ist voll. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1 failed: the catalog is read-only. Nothing was changed.</source>
        <translation>%1 fehlgeschlagen: Der Katalog ist schreibgeschützt. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1 failed: the catalog is locked by another process. Try again. Nothing was changed.</source>
        <translation>%1 fehlgeschlagen: Der Katalog ist durch einen anderen Prozess gesperrt. Versuchen Sie es erneut. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1 failed: %2. Nothing was changed.</source>
        <translation>%1 fehlgeschlagen: %2. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>the top level</source>
        <translation>der obersten Ebene</translation>
    </message>
    <message>
        <source>A folder named &quot;%1&quot; already exists in %2.</source>
        <translation>Ein Ordner namens &quot;%1&quot; existiert bereits in %2.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>The parent folder no longer exists.</source>
        <translation>Der übergeordnete Ordner existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Creating the folder</source>
        <translation>Erstellen des Ordners</translation>
    </message>
    <message>
        <source>The folder path is empty.</source>
        <translation>Der Ordnerpfad ist leer.</translation>
    </message>
    <message>
        <source>The folder no longer exists.</source>
        <translation>Der Ordner existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Renaming the folder</source>
        <translation>Umbenennen des Ordners</translation>
    </message>
    <message>
        <source>The target folder no longer exists.</source>
        <translation>Der Zielordner existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Cannot move the folder &quot;%1&quot; into itself or one of its subfolders.</source>
        <translation>Der Ordner &quot;%1&quot; kann nicht in sich selbst oder einen seiner Unterordner verschoben werden.</translation>
    </message>
    <message>
        <source>Moving the folder</source>
        <translation>Verschieben des Ordners</translation>
    </message>
    <message>
        <source>Deleting the folder</source>
        <translation>Löschen des Ordners</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; already exists; nothing was restored.</source>
        <translation>Der Ordner &quot;%1&quot; existiert bereits; es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <source>Restoring the folder &quot;%1&quot;</source>
        <translation>Wiederherstellen des Ordners &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The report &quot;%1&quot; already exists; nothing was restored.</source>
        <translation>Der Bericht &quot;%1&quot; existiert bereits; es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>A report named &quot;%1&quot; already exists in %2.</source>
        <translation>Ein Bericht namens &quot;%1&quot; existiert bereits in %2.</translation>
    </message>
    <message>
        <source>Saving the report &quot;%1&quot;</source>
        <translation>Speichern des Berichts &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Saving the report sections</source>
        <translation>Speichern der Berichtsabschnitte</translation>
    </message>
    <message>
        <source>Saving section %1</source>
        <translation>Speichern von Abschnitt %1</translation>
    </message>
    <message>
        <source>The report&apos;s folder no longer exists.</source>
        <translation>Der Ordner des Berichts existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The report&apos;s branding profile no longer exists.</source>
        <translation>Das Markenprofil des Berichts existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The report no longer exists.</source>
        <translation>Der Bericht existiert nicht mehr.</translation>
    </message>
    <message>
        <source>report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>A report to move no longer exists.</source>
        <translation>Ein zu verschiebender Bericht existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Two of the reports to move are named &quot;%1&quot;.</source>
        <translation>Zwei der zu verschiebenden Berichte heißen &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Moving &quot;%1&quot;</source>
        <translation>Verschieben von &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Moving reports</source>
        <translation>Verschieben der Berichte</translation>
    </message>
    <message>
        <source>A report no longer exists.</source>
        <translation>Ein Bericht existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Changing &quot;%1&quot;</source>
        <translation>Ändern von &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Enabling or disabling reports</source>
        <translation>Aktivieren oder Deaktivieren der Berichte</translation>
    </message>
    <message>
        <source>Deleting &quot;%1&quot;</source>
        <translation>Löschen von &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Deleting reports</source>
        <translation>Löschen der Berichte</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>A branding profile named &quot;%1&quot; already exists.</source>
        <translation>Ein Markenprofil namens &quot;%1&quot; existiert bereits.</translation>
    </message>
    <message>
        <source>Saving the branding profile &quot;%1&quot;</source>
        <translation>Speichern des Markenprofils &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Saving the default profile</source>
        <translation>Speichern des Standardprofils</translation>
    </message>
    <message>
        <source>Saving the branding profile</source>
        <translation>Speichern des Markenprofils</translation>
    </message>
    <message>
        <source>The branding profile no longer exists.</source>
        <translation>Das Markenprofil existiert nicht mehr.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the default profile. Make another profile the default before deleting it.</source>
        <translation>&quot;%1&quot; ist das Standardprofil. Legen Sie vor dem Löschen ein anderes Profil als Standard fest.</translation>
    </message>
    <message>
        <source>Deleting the branding profile</source>
        <translation>Löschen des Markenprofils</translation>
    </message>
    <message>
        <source>A data source named &quot;%1&quot; already exists.</source>
        <translation>Eine Datenquelle namens &quot;%1&quot; existiert bereits.</translation>
    </message>
    <message>
        <source>Saving the data source</source>
        <translation>Speichern der Datenquelle</translation>
    </message>
    <message>
        <source>Renaming the data source</source>
        <translation>Umbenennen der Datenquelle</translation>
    </message>
    <message numerus="yes">
        <source>%n report section(s) still use this data source.</source>
        <translation>
            <numerusform>%n Berichtsabschnitt verwendet diese Datenquelle noch.</numerusform>
            <numerusform>%n Berichtsabschnitte verwenden diese Datenquelle noch.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting the data source</source>
        <translation>Löschen der Datenquelle</translation>
    </message>
    <message>
        <source>A run needs a valid scheduled time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting a run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report %1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run %1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the run&apos;s files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server &quot;%1&quot; was not saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A remote server named &quot;%1&quot; already exists; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the remote server &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No remote server has the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the remote server &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reportdesk::CatalogTreeModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>%1
1 report</source>
        <translation>%1
1 Bericht</translation>
    </message>
    <message numerus="yes">
        <source>%1
%n reports</source>
        <translation>
            <numerusform>%1
%n Bericht</numerusform>
            <numerusform>%1
%n Berichte</numerusform>
        </translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Schlagwörter: %1</translation>
    </message>
    <message>
        <source>(disabled)</source>
        <translation>(deaktiviert)</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished">Aktiviert</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished">Deaktiviert</translation>
    </message>
    <message>
        <source>Schedule: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reportdesk::ChartPainter</name>
    <message>
        <source>%n more categories not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to show: every value is zero or empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reportdesk::CronExpression</name>
    <message>
        <source>The cron expression is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown cron macro &quot;%1&quot;; use @yearly, @monthly, @weekly, @daily or @hourly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cron expression has 5 fields (minute hour day-of-month month day-of-week), or 6 or 7 with seconds first and an optional year last; &quot;%1&quot; has %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reportdesk::DataSourcesDialog</name>
    <message>
        <source>Data sources</source>
        <translation>Datenquellen</translation>
    </message>
    <message>
        <source>&amp;Data sources:</source>
        <translation>&amp;Datenquellen:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Sections refer to the data source by this name</source>
        <translation>Abschnitte verweisen unter diesem Namen auf die Datenquelle</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>SQLite file (QSQLITE)</source>
        <translation>SQLite-Datei (QSQLITE)</translation>
    </message>
    <message>
        <source>PostgreSQL (QPSQL)</source>
        <translation>PostgreSQL (QPSQL)</translation>
    </message>
    <message>
        <source>D&amp;river:</source>
        <translation>T&amp;reiber:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Dur&amp;chsuchen…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>Dat&amp;ei:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>H&amp;ost:</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Data&amp;base:</source>
        <translation>Daten&amp;bank:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>Ben&amp;utzer:</translation>
    </message>
    <message>
        <source>Stored in the system keychain</source>
        <translation>Im Schlüsselbund des Systems gespeichert</translation>
    </message>
    <message>
        <source>Passwords are stored in the system keychain; arrives with keychain support</source>
        <translation>Passwörter werden im Schlüsselbund des Systems gespeichert; verfügbar mit der Schlüsselbund-Unterstützung</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>&amp;Options:</source>
        <translation>Opt&amp;ionen:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(unbenannt)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The data source &quot;%1&quot; has unsaved changes. Save them?</source>
        <translation>Die Datenquelle &quot;%1&quot; enthält ungespeicherte Änderungen. Sollen sie gespeichert werden?</translation>
    </message>
    <message>
        <source>New data source</source>
        <translation>Neue Datenquelle</translation>
    </message>
    <message>
        <source>New data source %1</source>
        <translation>Neue Datenquelle %1</translation>
    </message>
    <message>
        <source>Delete data source</source>
        <translation>Datenquelle löschen</translation>
    </message>
    <message>
        <source>Delete the data source &quot;%1&quot;?</source>
        <translation>Die Datenquelle &quot;%1&quot; löschen?</translation>
    </message>
    <message>
        <source>Choose SQLite database</source>
        <translation>SQLite-Datenbank auswählen</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.sqlite3 *.db);;All files (*)</source>
        <translation>SQLite-Datenbanken (*.sqlite *.sqlite3 *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Connected to &quot;%1&quot;.</source>
        <translation>Verbunden mit &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>reportdesk::DemoContent</name>
    <message>
        <source>ReportDesk · Example Corp operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential: internal use only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web traffic overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests, errors and latency for ${site} over the last seven days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello,

attached is this week&apos;s traffic overview for ${site}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report covers **${site}** from ${from} to ${to}.

* Daily request volume by service
* The busiest pages
* Response-time outliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests by service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic by country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busiest pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avg latency (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server errors in the last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every 5xx response with host, service and message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors by service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service levels, previous month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability and latency against the %1 ms objective.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each service must answer **${objective} %** of requests without a server error, and within ${threshold_ms} ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability by service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slow requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country breakdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitors by country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft: not sent until it is enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests by country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reportdesk::FieldParser</name>
    <message>
        <source>the field is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty list item in &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step &quot;%1&quot; in &quot;%2&quot; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1 in &quot;%2&quot; is out of range 1-%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no range before the step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;?&quot; is only allowed in the day-of-month and day-of-week fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>range &quot;%1&quot; runs backwards; write the smaller value first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: Quartz&apos;s L, W and # are not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a month (1-12 or JAN-DEC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a weekday (%2 or SUN-SAT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is out of range %2-%3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reportdesk::KeychainSecretStore</name>
    <message>
        <source>System keychain (macOS Keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System keychain (Windows Credential Manager)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System keychain (Secret Service)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1 from the system keychain: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not store %1 in the system keychain: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove %1 from the system keychain: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reportdesk::MainWindow</name>
    <message>
        <source>1 report</source>
        <translation>1 Bericht</translation>
    </message>
    <message numerus="yes">
        <source>%n reports</source>
        <translation>
            <numerusform>%n Bericht</numerusform>
            <numerusform>%n Berichte</numerusform>
        </translation>
    </message>
    <message>
        <source>1 folder</source>
        <translation>1 Ordner</translation>
    </message>
    <message numerus="yes">
        <source>%n folders</source>
        <translation>
            <numerusform>%n Ordner</numerusform>
            <numerusform>%n Ordner</numerusform>
        </translation>
    </message>
    <message>
        <source>You can undo this with %1.</source>
        <translation>Sie können dies mit %1 rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The report “%1” has unsaved changes. Save them?</source>
        <translation>Der Bericht “%1” enthält ungespeicherte Änderungen. Sollen sie gespeichert werden?</translation>
    </message>
    <message>
        <source>Cannot Change the Catalog</source>
        <translation>Katalog kann nicht geändert werden</translation>
    </message>
    <message>
        <source>New &amp;Report</source>
        <translation>&amp;Neuer Bericht</translation>
    </message>
    <message>
        <source>Create a report in the selected folder</source>
        <translation>Einen Bericht im ausgewählten Ordner erstellen</translation>
    </message>
    <message>
        <source>New &amp;Folder</source>
        <translation>Neuer &amp;Ordner</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>Create a folder in the selected folder</source>
        <translation>Einen Ordner im ausgewählten Ordner erstellen</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>Dupli&amp;zieren</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Copy the selected reports</source>
        <translation>Die ausgewählten Berichte kopieren</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>Rename the selected item</source>
        <translation>Das ausgewählte Element umbenennen</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Delete the selected items</source>
        <translation>Die ausgewählten Elemente löschen</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Aktivieren</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Enable the selected reports (and all reports in selected folders)</source>
        <translation>Die ausgewählten Berichte aktivieren (und alle Berichte in ausgewählten Ordnern)</translation>
    </message>
    <message>
        <source>D&amp;isable</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Disable the selected reports (and all reports in selected folders)</source>
        <translation>Die ausgewählten Berichte deaktivieren (und alle Berichte in ausgewählten Ordnern)</translation>
    </message>
    <message>
        <source>&amp;Move To…</source>
        <translation>&amp;Verschieben nach…</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <source>Move the selected items into another folder</source>
        <translation>Die ausgewählten Elemente in einen anderen Ordner verschieben</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Den Bericht speichern</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Zurück&amp;setzen</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Discard the changes in the editor</source>
        <translation>Die Änderungen im Editor verwerfen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <source>&amp;Branding Profiles…</source>
        <translation>&amp;Markenprofile…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <source>Edit the logos, colours and texts of the PDFs</source>
        <translation>Logos, Farben und Texte der PDFs bearbeiten</translation>
    </message>
    <message>
        <source>Data &amp;Sources…</source>
        <translation>Daten&amp;quellen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>Edit the databases that reports query</source>
        <translation>Die Datenbanken bearbeiten, die Berichte abfragen</translation>
    </message>
    <message>
        <source>&amp;Filter…</source>
        <translation>&amp;Filtern…</translation>
    </message>
    <message>
        <source>Filter the tree by name, title or tag</source>
        <translation>Den Baum nach Name, Titel oder Schlagwort filtern</translation>
    </message>
    <message>
        <source>&amp;Expand All</source>
        <translation>Alle a&amp;usklappen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Right</source>
        <translation>Ctrl+Shift+Right</translation>
    </message>
    <message>
        <source>Expand every folder</source>
        <translation>Alle Ordner ausklappen</translation>
    </message>
    <message>
        <source>&amp;Collapse All</source>
        <translation>Alle &amp;einklappen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Left</source>
        <translation>Ctrl+Shift+Left</translation>
    </message>
    <message>
        <source>Collapse every folder</source>
        <translation>Alle Ordner einklappen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Quit ReportDesk</source>
        <translation>ReportDesk beenden</translation>
    </message>
    <message>
        <source>&amp;About ReportDesk</source>
        <translation>Ü&amp;ber ReportDesk</translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation>Version und Lizenz</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>The Qt version ReportDesk runs on</source>
        <translation>Die Qt-Version, auf der ReportDesk läuft</translation>
    </message>
    <message>
        <source>Filter by name, title or tag (%1)</source>
        <translation>Nach Name, Titel oder Schlagwort filtern (%1)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Show all reports, or only the enabled or disabled ones</source>
        <translation>Alle Berichte anzeigen oder nur die aktivierten bzw. deaktivierten</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>Be&amp;richt</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Show &amp;Toolbar</source>
        <translation>&amp;Werkzeugleiste anzeigen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Catalog: %1</source>
        <translation>Katalog: %1</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <source>The catalog file cannot be written; editing is off.</source>
        <translation>Die Katalogdatei kann nicht geschrieben werden; Bearbeiten ist deaktiviert.</translation>
    </message>
    <message>
        <source>The catalog is read-only: you can browse, not edit.</source>
        <translation>Der Katalog ist schreibgeschützt: Sie können ihn durchsuchen, aber nicht bearbeiten.</translation>
    </message>
    <message>
        <source>The catalog is empty</source>
        <translation>Der Katalog ist leer</translation>
    </message>
    <message>
        <source>Create a folder for your reports with %1.</source>
        <translation>Erstellen Sie mit %1 einen Ordner für Ihre Berichte.</translation>
    </message>
    <message>
        <source>No report selected</source>
        <translation>Kein Bericht ausgewählt</translation>
    </message>
    <message>
        <source>Select a report to edit it, or create one with %1.</source>
        <translation>Wählen Sie einen Bericht zum Bearbeiten aus oder erstellen Sie mit %1 einen neuen.</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message numerus="yes">
        <source>%n items selected</source>
        <translation>
            <numerusform>%n Element ausgewählt</numerusform>
            <numerusform>%n Elemente ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>No reports among them</source>
        <translation>Keine Berichte darunter</translation>
    </message>
    <message>
        <source>%1 affected by Enable and Disable</source>
        <translation>%1 von Aktivieren und Deaktivieren betroffen</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved “%1”</source>
        <translation>“%1” gespeichert</translation>
    </message>
    <message>
        <source>Cannot Undo</source>
        <translation>Rückgängig machen nicht möglich</translation>
    </message>
    <message>
        <source>Cannot Redo</source>
        <translation>Wiederherstellen nicht möglich</translation>
    </message>
    <message>
        <source>“%1” could not be %2: %3</source>
        <translation>“%1” konnte nicht %2 werden: %3</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>rückgängig gemacht</translation>
    </message>
    <message>
        <source>redone</source>
        <translation>wiederhergestellt</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Rückgängig gemacht: %1</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>Wiederhergestellt: %1</translation>
    </message>
    <message>
        <source>Cannot Create the Report</source>
        <translation>Bericht kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>Create a folder for the report first.</source>
        <translation>Erstellen Sie zuerst einen Ordner für den Bericht.</translation>
    </message>
    <message>
        <source>New report</source>
        <translation>Neuer Bericht</translation>
    </message>
    <message>
        <source>Created “%1” in %2</source>
        <translation>“%1” in %2 erstellt</translation>
    </message>
    <message>
        <source>New folder</source>
        <translation>Neuer Ordner</translation>
    </message>
    <message>
        <source>Cannot Create the Folder</source>
        <translation>Ordner kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>Cannot Duplicate</source>
        <translation>Duplizieren nicht möglich</translation>
    </message>
    <message>
        <source>Duplicated 1 report</source>
        <translation>1 Bericht dupliziert</translation>
    </message>
    <message numerus="yes">
        <source>Duplicated %n reports</source>
        <translation>
            <numerusform>%n Bericht dupliziert</numerusform>
            <numerusform>%n Berichte dupliziert</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Report</source>
        <translation>Bericht löschen</translation>
    </message>
    <message>
        <source>Delete the report “%1”?</source>
        <translation>Den Bericht “%1” löschen?</translation>
    </message>
    <message>
        <source>Delete Folder</source>
        <translation>Ordner löschen</translation>
    </message>
    <message>
        <source>Delete the folder “%1”?</source>
        <translation>Den Ordner “%1” löschen?</translation>
    </message>
    <message>
        <source>Delete the folder “%1” and the %2 in it?</source>
        <translation>Den Ordner “%1” samt Inhalt (%2) löschen?</translation>
    </message>
    <message>
        <source>%1 (with %2 in them)</source>
        <translation>%1 (mit %2 darin)</translation>
    </message>
    <message>
        <source>Delete Items</source>
        <translation>Elemente löschen</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>%1 löschen?</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>Cannot Delete</source>
        <translation>Löschen nicht möglich</translation>
    </message>
    <message>
        <source>Deleted. Undo with %1.</source>
        <translation>Gelöscht. Mit %1 rückgängig machen.</translation>
    </message>
    <message>
        <source>Cannot Enable</source>
        <translation>Aktivieren nicht möglich</translation>
    </message>
    <message>
        <source>Cannot Disable</source>
        <translation>Deaktivieren nicht möglich</translation>
    </message>
    <message>
        <source>Enabled %1</source>
        <translation>%1 aktiviert</translation>
    </message>
    <message>
        <source>Disabled %1</source>
        <translation>%1 deaktiviert</translation>
    </message>
    <message>
        <source>Cannot Move</source>
        <translation>Verschieben nicht möglich</translation>
    </message>
    <message>
        <source>the top level</source>
        <translation>die oberste Ebene</translation>
    </message>
    <message>
        <source>Moved to %1</source>
        <translation>Verschoben nach %1</translation>
    </message>
    <message>
        <source>About ReportDesk</source>
        <translation>Über ReportDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ReportDesk %1&lt;/h3&gt;&lt;p&gt;Edit, preview and schedule your organisation&apos;s reports, local and on Kibana, Grafana, OpenObserve and Zscaler UVM servers, from one place.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ReportDesk %1&lt;/h3&gt;&lt;p&gt;Bearbeiten, prüfen und planen Sie die Berichte Ihrer Organisation – lokal und auf Kibana-, Grafana-, OpenObserve- und Zscaler-UVM-Servern – an einem Ort.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No enabled reports match “%1”</source>
        <translation>Keine aktivierten Berichte passen zu “%1”</translation>
    </message>
    <message>
        <source>No disabled reports match “%1”</source>
        <translation>Keine deaktivierten Berichte passen zu “%1”</translation>
    </message>
    <message>
        <source>No reports match “%1”</source>
        <translation>Keine Berichte passen zu “%1”</translation>
    </message>
    <message>
        <source>No enabled reports</source>
        <translation>Keine aktivierten Berichte</translation>
    </message>
    <message>
        <source>No disabled reports</source>
        <translation>Keine deaktivierten Berichte</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the selected report&apos;s pages beside the editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move To</source>
        <translation type="unfinished">Verschieben nach</translation>
    </message>
    <message>
        <source>Folder on %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &amp;Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render the selected reports into the archive now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the runs of the selected report, or of all reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive folder, file names, runs at once, notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh from Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the selected server or folder again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a Kibana, Grafana, OpenObserve or Zscaler UVM server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Ser&amp;ver…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the address, sign-in or secret of the selected server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected server and its secret from ReportDesk; nothing on the server changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is ready: 1 file in the archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1” is ready: %n files in the archive.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 run in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n runs in progress</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Scheduling paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next run: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not start: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started “%1”; the run history shows its progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Started %n runs.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n items</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This works on local reports and folders only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select local reports, or items of one server, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable the selected items on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable the selected items on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the selected items on %1 now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected items on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected items to another folder on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open it in the tree to see its reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot load from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items of several servers: select those of one server to act on them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Loading %n folders…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Loaded “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabling %1 on %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabling %1 on %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting %1 on %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 from %2? It is deleted on the server, for everyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete these %1 from %2? They are deleted on the server, for everyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete on Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting %1 from %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1 from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to move: the items are in that folder already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving %1 to “%2” on %3…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved %1 to “%2” on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the server “%1” from ReportDesk, with its stored secret? Nothing on the server changes; you can add it again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing the server “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Remove the Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the server “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reportdesk::MoveToDialog</name>
    <message>
        <source>Move To</source>
        <translation>Verschieben nach</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Verschieben</translation>
    </message>
    <message>
        <source>Top level</source>
        <translation>Oberste Ebene</translation>
    </message>
    <message>
        <source>Reports must be in a folder.</source>
        <translation>Berichte müssen sich in einem Ordner befinden.</translation>
    </message>
    <message>
        <source>A folder cannot move into itself.</source>
        <translation>Ein Ordner kann nicht in sich selbst verschoben werden.</translation>
    </message>
    <message>
        <source>Move the selection into:</source>
        <translation>Die Auswahl verschieben nach:</translation>
    </message>
</context>
<context>
    <name>reportdesk::PreferencesDialog</name>
    <message>
        <source>%1 free on this disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{report} is the report&apos;s name, {ext} the format; any date pattern in braces ({yyyyMMdd-HHmm}, {yyyy}/…) is the run&apos;s scheduled time in the report&apos;s zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many reports are rendered at the same time; more wait their turn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify when a run succeeds (failures always notify)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start ReportDesk in the tray when I log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File names:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Runs at the same time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive folder and file names are stored in the catalog, so &lt;code&gt;reportdesk-cli daemon&lt;/code&gt; on the same catalog uses them too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reportdesk::PreviewPane</name>
    <message>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PNG Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n files to %1: %2 … %3</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Printed %n page(s) of “%1”</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render the preview again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the report as previewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the previewed report as a PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the rows of the report&apos;s tables as CSV files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export P&amp;NG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every page of the report as a PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page shown; type a number to go there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom: fit the page&apos;s width or the whole page, or a fixed size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the previewed report as PDF, CSV or PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rendering progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop rendering; the pages shown stay as they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the export; no file is left half written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The branding profile chosen for “%1” no longer exists; choose another one on the Output tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laying out section 1 of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laying out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laying out section %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Painting section %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finishing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rendered PDF cannot be shown (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No report selected</source>
        <translation type="unfinished">Kein Bericht ausgewählt</translation>
    </message>
    <message>
        <source>Select a report in the tree to see its pages here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report has errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix them in the editor to see the preview:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview could not be rendered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rendering cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview of “%1” was not rendered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Render Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rendering “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your edits show after a pause in typing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renders when the preview is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows your unsaved edits · rendered at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to date · rendered at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rendering cancelled: these pages are out of date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until the preview is up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs an up-to-date preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reportdesk::QueryRunner</name>
    <message>
        <source>The query uses %1, which is not defined. Define it under Variables.</source>
        <translation>Die Abfrage verwendet %1, das nicht definiert ist. Definieren Sie es unter Variablen.</translation>
    </message>
    <message>
        <source>Cannot connect to &quot;%1&quot;: %2</source>
        <translation>Verbindung mit &quot;%1&quot; nicht möglich: %2</translation>
    </message>
</context>
<context>
    <name>reportdesk::Reader</name>
    <message>
        <source>Field &quot;%1&quot;: %2</source>
        <translation type="unfinished">Feld &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>must be a string.</source>
        <translation type="unfinished">muss eine Zeichenkette sein.</translation>
    </message>
    <message>
        <source>must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false.</source>
        <translation type="unfinished">muss true oder false sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reportdesk::RemoteItemPage</name>
    <message numerus="yes">
        <source>[%n items]</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{%n fields}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw JSON from the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished">Wert</translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 · read-only here; change it on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reportdesk::RemoteServer</name>
    <message>
        <source>The server name must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server name must not contain &quot;/&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, for example https://grafana.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address must start with https:// or http://, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address must not contain a user name, &quot;?&quot; or &quot;#&quot;; credentials go in the sign-in fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown region &quot;%1&quot;; choose us, eu or a custom address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not accept sign-in by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the OAuth2 client id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the UVM account id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA certificate file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timeout must be between 1 and 3600 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reportdesk::RenderController</name>
    <message>
        <source>Cannot create a temporary folder for the preview: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer reported an error.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reportdesk::RenderJob</name>
    <message>
        <source>The report %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The branding profile of &quot;%1&quot; no longer exists; choose another one in the report&apos;s Layout tab.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reportdesk::RenderPass</name>
    <message>
        <source>section %1</source>
        <translation>Abschnitt %1</translation>
    </message>
    <message>
        <source>section %1 (&quot;%2&quot;)</source>
        <translation>Abschnitt %1 (&quot;%2&quot;)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Period: %1 to %2 (%3) · Generated %4</source>
        <translation>Zeitraum: %1 bis %2 (%3) · Erstellt %4</translation>
    </message>
    <message>
        <source>the data source &quot;%1&quot; does not exist</source>
        <translation>die Datenquelle &quot;%1&quot; existiert nicht</translation>
    </message>
    <message>
        <source>cannot connect to &quot;%1&quot;: %2</source>
        <translation>Verbindung mit &quot;%1&quot; nicht möglich: %2</translation>
    </message>
    <message>
        <source>the query returns no column %1</source>
        <translation>die Abfrage liefert keine Spalte %1</translation>
    </message>
    <message>
        <source>No data for this period</source>
        <translation>Keine Daten für diesen Zeitraum</translation>
    </message>
    <message>
        <source>Rendering was cancelled.</source>
        <translation>Das Rendern wurde abgebrochen.</translation>
    </message>
    <message>
        <source>the image %1 cannot be read</source>
        <translation>das Bild %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Remote snapshot (rendered in a later version)</source>
        <translation>Entfernter Schnappschuss (wird in einer späteren Version gerendert)</translation>
    </message>
    <message>
        <source>the query returns no numeric column to chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column %1 has the value &quot;%2&quot;, which is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reportdesk::ReportEditor</name>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Page break</source>
        <translation>Seitenumbruch</translation>
    </message>
    <message>
        <source>Remote snapshot</source>
        <translation>Entfernter Schnappschuss</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <source>C&amp;ontent</source>
        <translation>&amp;Inhalt</translation>
    </message>
    <message>
        <source>&amp;Page</source>
        <translation>&amp;Seite</translation>
    </message>
    <message>
        <source>O&amp;utput</source>
        <translation>A&amp;usgabe</translation>
    </message>
    <message>
        <source>Time &amp;&amp; &amp;variables</source>
        <translation>Zeit &amp;&amp; &amp;Variablen</translation>
    </message>
    <message>
        <source>Unique in its folder, no &quot;/&quot;</source>
        <translation>Eindeutig im Ordner, kein &quot;/&quot;</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Shown on the first page; the name when empty</source>
        <translation>Wird auf der ersten Seite angezeigt; wenn leer, der Name</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Who answers questions about this report</source>
        <translation>Ansprechpartner für Fragen zu diesem Bericht</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>Ei&amp;gentümer:</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. traffic, weekly</source>
        <translation>Durch Kommas getrennt, z. B. traffic, weekly</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>Schlag&amp;wörter:</translation>
    </message>
    <message>
        <source>&amp;Enabled (scheduled runs happen)</source>
        <translation>A&amp;ktiviert (geplante Ausführungen finden statt)</translation>
    </message>
    <message>
        <source>The body of the e-mail that delivers the report</source>
        <translation>Der Text der E-Mail, mit der der Bericht versendet wird</translation>
    </message>
    <message>
        <source>E-&amp;mail message:</source>
        <translation>&amp;E-Mail-Nachricht:</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Text</translation>
    </message>
    <message>
        <source>T&amp;able</source>
        <translation>Ta&amp;belle</translation>
    </message>
    <message>
        <source>&amp;Chart</source>
        <translation>&amp;Diagramm</translation>
    </message>
    <message>
        <source>&amp;Image</source>
        <translation>B&amp;ild</translation>
    </message>
    <message>
        <source>&amp;Page break</source>
        <translation>Seitenu&amp;mbruch</translation>
    </message>
    <message>
        <source>This report has no content yet. Add a section: text, a table or chart from a query, an image or a page break.</source>
        <translation>Dieser Bericht hat noch keinen Inhalt. Fügen Sie einen Abschnitt hinzu: Text, eine Tabelle oder ein Diagramm aus einer Abfrage, ein Bild oder einen Seitenumbruch.</translation>
    </message>
    <message>
        <source>Add section</source>
        <translation>Abschnitt hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Sections:</source>
        <translation>Abschni&amp;tte:</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Add a section after the selected one</source>
        <translation>Einen Abschnitt nach dem ausgewählten hinzufügen</translation>
    </message>
    <message>
        <source>Dupli&amp;cate</source>
        <translation>Dupli&amp;zieren</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected section (Delete)</source>
        <translation>Den ausgewählten Abschnitt entfernen (Entf)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move the selected section up (Ctrl+Up)</source>
        <translation>Den ausgewählten Abschnitt nach oben verschieben (Strg+Hoch)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Nach u&amp;nten</translation>
    </message>
    <message>
        <source>Move the selected section down (Ctrl+Down)</source>
        <translation>Den ausgewählten Abschnitt nach unten verschieben (Strg+Runter)</translation>
    </message>
    <message>
        <source>Page &amp;size:</source>
        <translation>Seiten&amp;größe:</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Hochformat</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Querformat</translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation>Aus&amp;richtung:</translation>
    </message>
    <message>
        <source>Simple: one section after another</source>
        <translation>Einfach: ein Abschnitt nach dem anderen</translation>
    </message>
    <message>
        <source>Grid: sections share rows by their width</source>
        <translation>Raster: Abschnitte teilen sich Zeilen gemäß ihrer Breite</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>&amp;Layout:</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>To&amp;p</source>
        <translation>&amp;Oben</translation>
    </message>
    <message>
        <source>&amp;Bottom</source>
        <translation>U&amp;nten</translation>
    </message>
    <message>
        <source>L&amp;eft</source>
        <translation>&amp;Links</translation>
    </message>
    <message>
        <source>&amp;Right</source>
        <translation>R&amp;echts</translation>
    </message>
    <message>
        <source>Margins:</source>
        <translation>Ränder:</translation>
    </message>
    <message>
        <source>&amp;PDF</source>
        <translation>&amp;PDF</translation>
    </message>
    <message>
        <source>&amp;CSV (one file per table)</source>
        <translation>&amp;CSV (eine Datei je Tabelle)</translation>
    </message>
    <message>
        <source>P&amp;NG (one image per page)</source>
        <translation>P&amp;NG (ein Bild je Seite)</translation>
    </message>
    <message>
        <source>Formats:</source>
        <translation>Formate:</translation>
    </message>
    <message>
        <source>&amp;Branding profile:</source>
        <translation>&amp;Markenprofil:</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>Time &amp;range:</source>
        <translation>Zeit&amp;raum:</translation>
    </message>
    <message>
        <source>now-7d, now/d, now-1M/M or 2026-01-31T08:00</source>
        <translation>now-7d, now/d, now-1M/M oder 2026-01-31T08:00</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>V&amp;on:</translation>
    </message>
    <message>
        <source>now, now/d or an ISO-8601 date and time</source>
        <translation>now, now/d oder ein Datum mit Uhrzeit nach ISO 8601</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>B&amp;is:</translation>
    </message>
    <message>
        <source>Type to search, e.g. Berlin</source>
        <translation>Zum Suchen tippen, z. B. Berlin</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <source>Resolved now:</source>
        <translation>Aktuell aufgelöst:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Text uses ${name}; queries use :name as a bound parameter</source>
        <translation>Text verwendet ${name}; Abfragen verwenden :name als gebundenen Parameter</translation>
    </message>
    <message>
        <source>&amp;Add variable</source>
        <translation>Variable &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Remo&amp;ve variable</source>
        <translation>Variable &amp;entfernen</translation>
    </message>
    <message>
        <source>Varia&amp;bles:</source>
        <translation>Varia&amp;blen:</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Default (%1)</source>
        <translation>Standard (%1)</translation>
    </message>
    <message>
        <source>Deleted profile #%1</source>
        <translation>Gelöschtes Profil #%1</translation>
    </message>
    <message>
        <source>New text</source>
        <translation>Neuer Text</translation>
    </message>
    <message>
        <source>New table</source>
        <translation>Neue Tabelle</translation>
    </message>
    <message>
        <source>New chart</source>
        <translation>Neues Diagramm</translation>
    </message>
    <message>
        <source>New image</source>
        <translation>Neues Bild</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before saving:</source>
        <translation>
            <numerusform>Vor dem Speichern ist %n Problem zu beheben:</numerusform>
            <numerusform>Vor dem Speichern sind %n Probleme zu beheben:</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a valid time zone to see the period.</source>
        <translation>Wählen Sie eine gültige Zeitzone, um den Zeitraum zu sehen.</translation>
    </message>
    <message>
        <source>Fix the time range to see the period.</source>
        <translation>Korrigieren Sie den Zeitraum, um ihn zu sehen.</translation>
    </message>
    <message>
        <source>%1 to %2 (%3)
%4 to %5 in UTC, the values of :from and :to</source>
        <translation>%1 bis %2 (%3)
%4 bis %5 in UTC, die Werte von :from und :to</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reportdesk::ReportExporter</name>
    <message>
        <source>Cannot export &quot;%1&quot; as %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no output file name given (&quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name such as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the resolution %1 dpi is outside %2 to %3 dpi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt Pdf cannot read the rendered PDF (status %1, %2 of %3 pages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the export was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1 cannot be rasterised at %2×%3 pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished">%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the report has no table section; CSV holds the rows of table sections only (not charts or text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data source &quot;%1&quot; does not exist</source>
        <translation type="unfinished">die Datenquelle &quot;%1&quot; existiert nicht</translation>
    </message>
    <message>
        <source>cannot connect to &quot;%1&quot;: %2</source>
        <translation type="unfinished">Verbindung mit &quot;%1&quot; nicht möglich: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <source>the query returns no column %1</source>
        <translation type="unfinished">die Abfrage liefert keine Spalte %1</translation>
    </message>
</context>
<context>
    <name>reportdesk::ReportJson</name>
    <message>
        <source>unknown section kind &quot;%1&quot;.</source>
        <translation>unbekannte Abschnittsart &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>unknown chart type &quot;%1&quot;.</source>
        <translation>unbekannter Diagrammtyp &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>is not valid base64.</source>
        <translation>ist kein gültiges Base64.</translation>
    </message>
    <message>
        <source>must be an object.</source>
        <translation>muss ein Objekt sein.</translation>
    </message>
    <message>
        <source>unknown alignment &quot;%1&quot;.</source>
        <translation>unbekannte Ausrichtung &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a UUID.</source>
        <translation>&quot;%1&quot; ist keine UUID.</translation>
    </message>
    <message>
        <source>must be &quot;portrait&quot; or &quot;landscape&quot;.</source>
        <translation>muss &quot;portrait&quot; oder &quot;landscape&quot; sein.</translation>
    </message>
    <message>
        <source>must be &quot;simple&quot; or &quot;grid&quot;.</source>
        <translation>muss &quot;simple&quot; oder &quot;grid&quot; sein.</translation>
    </message>
    <message>
        <source>must hold four numbers (left, top, right, bottom).</source>
        <translation>muss vier Zahlen enthalten (links, oben, rechts, unten).</translation>
    </message>
    <message>
        <source>Not valid JSON: %1 at offset %2.</source>
        <translation>Kein gültiges JSON: %1 an Position %2.</translation>
    </message>
    <message>
        <source>Not a ReportDesk report: the document is not a JSON object.</source>
        <translation>Kein ReportDesk-Bericht: Das Dokument ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>Not a ReportDesk report: &quot;format&quot; must be &quot;%1&quot;.</source>
        <translation>Kein ReportDesk-Bericht: &quot;format&quot; muss &quot;%1&quot; sein.</translation>
    </message>
    <message>
        <source>Field &quot;version&quot;: required but missing.</source>
        <translation>Feld &quot;version&quot;: erforderlich, fehlt aber.</translation>
    </message>
    <message>
        <source>Field &quot;version&quot;: must be a number.</source>
        <translation>Feld &quot;version&quot;: muss eine Zahl sein.</translation>
    </message>
    <message>
        <source>Unsupported schema version %1: this ReportDesk reads version %2.</source>
        <translation>Nicht unterstützte Schemaversion %1: Diese ReportDesk-Version liest Version %2.</translation>
    </message>
    <message>
        <source>Field &quot;report&quot;: required but missing.</source>
        <translation>Feld &quot;report&quot;: erforderlich, fehlt aber.</translation>
    </message>
</context>
<context>
    <name>reportdesk::ReportJson::Reader</name>
    <message>
        <source>Field &quot;%1&quot;: %2</source>
        <translation>Feld &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>required but missing.</source>
        <translation>erforderlich, fehlt aber.</translation>
    </message>
    <message>
        <source>must be a string.</source>
        <translation>muss eine Zeichenkette sein.</translation>
    </message>
    <message>
        <source>must be true or false.</source>
        <translation>muss true oder false sein.</translation>
    </message>
    <message>
        <source>must be a number.</source>
        <translation>muss eine Zahl sein.</translation>
    </message>
    <message>
        <source>must be an array.</source>
        <translation>muss ein Array sein.</translation>
    </message>
    <message>
        <source>must be an object.</source>
        <translation>muss ein Objekt sein.</translation>
    </message>
</context>
<context>
    <name>reportdesk::ReportRenderer</name>
    <message>
        <source>Cannot render &quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot; kann nicht gerendert werden: %2</translation>
    </message>
    <message>
        <source>the time zone &quot;%1&quot; is unknown</source>
        <translation>die Zeitzone &quot;%1&quot; ist unbekannt</translation>
    </message>
    <message>
        <source>the start of the time range: %1</source>
        <translation>der Beginn des Zeitraums: %1</translation>
    </message>
    <message>
        <source>the end of the time range: %1</source>
        <translation>das Ende des Zeitraums: %1</translation>
    </message>
    <message>
        <source>the time range ends before it starts</source>
        <translation>der Zeitraum endet, bevor er beginnt</translation>
    </message>
    <message>
        <source>%1 uses %2, which is not defined</source>
        <translation>%1 verwendet %2, das nicht definiert ist</translation>
    </message>
    <message>
        <source>the description</source>
        <translation>die Beschreibung</translation>
    </message>
    <message>
        <source>section %1</source>
        <translation>Abschnitt %1</translation>
    </message>
    <message>
        <source>section %1 (&quot;%2&quot;)</source>
        <translation>Abschnitt %1 (&quot;%2&quot;)</translation>
    </message>
    <message>
        <source>%1 uses the data source &quot;%2&quot;, which does not exist</source>
        <translation>%1 verwendet die Datenquelle &quot;%2&quot;, die nicht existiert</translation>
    </message>
    <message>
        <source>the logo of the branding profile &quot;%1&quot; cannot be read</source>
        <translation>das Logo des Markenprofils &quot;%1&quot; kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the page layout (%1, margins) does not fit the device</source>
        <translation>das Seitenlayout (%1, Ränder) passt nicht zum Ausgabegerät</translation>
    </message>
    <message>
        <source>cannot start painting on the output device</source>
        <translation>das Zeichnen auf dem Ausgabegerät kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>reportdesk::RunExecutor</name>
    <message>
        <source>Unknown output format &quot;%1&quot;.</source>
        <translation type="unfinished">Unbekanntes Ausgabeformat &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The run was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run took longer than its time limit of %1 s and was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reportdesk::RunHistoryModel</name>
    <message>
        <source>%1
Report id: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started %1
Finished %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The occurrence the run is for (for Run now: when it was asked for), in this computer&apos;s time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 for the first try; failed runs are tried again after a pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The files the run wrote into the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catch-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; 0.1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 TB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 file, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reportdesk::RunHistoryView</name>
    <message>
        <source>No queued runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No runs are running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No successful runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No failed runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cancelled runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No skipped runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No interrupted runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the run&apos;s first file (PDF, CSV or PNG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the archive folder with the run&apos;s files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the report of this run again, now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the run; no file of it is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the run&apos;s whole error message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the run&apos;s report in the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;efresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the runs again, including those other ReportDesk processes wrote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the runs of every report, not only the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;State:</source>
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
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run history read again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs of “%1” (deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the runs of every report, not only of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no runs yet. Its scheduled runs and Run now appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No runs yet. Scheduled runs and Run now appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a run to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, attempt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 run for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>started %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>took %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” is gone: it was moved or deleted after the run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No application could open “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder “%1” is gone: it was moved or deleted after the run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No application could open the folder “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report “%1” no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not run: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running “%1” now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling the run of “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reportdesk::SampleData</name>
    <message>
        <source>Cannot create the sample database %1: %2</source>
        <translation>Die Beispieldatenbank %1 kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>Cannot write the sample database: %1</source>
        <translation>Die Beispieldatenbank kann nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>reportdesk::Schedule</name>
    <message>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>January</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>February</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>March</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>April</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>June</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>July</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>August</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>September</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>October</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>November</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>December</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required but missing.</source>
        <translation type="unfinished">erforderlich, fehlt aber.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of once, hourly, daily, weekly, monthly, lastDayOfMonth, interval, cron.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time of day (HH:mm).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an array.</source>
        <translation type="unfinished">muss ein Array sein.</translation>
    </message>
    <message>
        <source>must be one of mon, tue, wed, thu, fri, sat, sun.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object.</source>
        <translation type="unfinished">muss ein Objekt sein.</translation>
    </message>
    <message>
        <source>Choose a time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone this system knows; choose an IANA zone such as Europe/Berlin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a time of day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end (%1) is before the start (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A one-off run needs a date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one weekday.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a weekday (1 = Monday ... 7 = Sunday).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day of the month must be between 1 and 31; it is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interval must be at least 1; it is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An interval is counted from its start; choose a start date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run at least 1 missed run, or choose to skip them; the limit is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The one-off run at %1 has passed; this schedule will never run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schedule ends at %1, before its next run at %2; it will never run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schedule ends at %1, before its first run at %2; it would never run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This schedule never runs: no date matches it (for example 30 February, or only Saturdays and Sundays with &quot;workdays only&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>February in common years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months without a %1 are skipped: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In months without a %1 it runs on the last day of the month: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturday and Sunday are left out because the schedule runs on workdays only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day of month and day of week are both set: it runs on days that match either (classic cron).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once, on %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once (no date chosen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every hour at %1 on weekdays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every hour at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every weekday at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every day at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly at %1 (no weekday chosen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the %1 of each month at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the last day of each month at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the cron schedule &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished">%1: %2 {1,?}</translation>
    </message>
    <message>
        <source>%1 (skips months without a %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (on the last day of shorter months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, on weekdays only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, until %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reportdesk::ScheduleEditor</name>
    <message>
        <source>Ru&amp;n this report on a schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hourly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fre&amp;quency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to search, e.g. Berlin</source>
        <translation type="unfinished">Zum Suchen tippen, z. B. Berlin</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation type="unfinished">&amp;Zeitzone:</translation>
    </message>
    <message>
        <source>St&amp;art:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unt&amp;il:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only on &amp;workdays (no runs on Saturdays and Sundays)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens to the runs missed while ReportDesk was not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the latest one once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run each, at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most missed runs to make up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Missed runs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;xt runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule&apos;s zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time of day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A time that a DST change skips runs at the first valid time after the gap; a time that occurs twice runs once, the first time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs once, at the start date and time below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minute past the hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;t minute:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs whenever the clock shows this minute: 23 times on the day clocks spring forward, 25 times when they fall back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekdays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On &amp;days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day of month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;kip months without this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run on the &amp;last day instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Day of month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs on the 28th, 29th, 30th or 31st, whichever ends the month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interval amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interval unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ever&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;kip months without the start&apos;s day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted from the start below. Minutes and hours are counted in elapsed time; days, weeks and months keep the start&apos;s time of day across DST changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cron expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cron expression:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 fields: minute hour day-of-month month day-of-week, e.g. &quot;0 8 * * MON-FRI&quot;; 6 fields put seconds first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 fields: minute hour day-of-month month day-of-week, e.g. &quot;0 8 * * MON-FRI&quot;.
6 fields put seconds first, as OpenObserve does: &quot;0 0 8 * * MON-FRI&quot;.
Each field takes *, a number, a list 1,15, a range 1-5, a step */10; months JAN-DEC, weekdays SUN-SAT.
Also @daily, @weekly, @monthly, @yearly and @hourly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored schedule cannot be read (%1). Change any field to replace it, or turn the schedule off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone this system knows; choose an IANA zone such as Europe/Berlin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not scheduled: the report runs only when you start it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored schedule cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 does not exist (DST), so %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved by a DST change: %1 does not exist on %2 in %3 (clocks jump from %4 to %5), so it runs at %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved by a DST change: the scheduled time does not exist on %1 in %2 (clocks jump from %3 to %4), so it runs at %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not scheduled. Turn on &quot;Run this report on a schedule&quot; to see when it would run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No runs to show until the schedule is fixed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This schedule will not run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved by DST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A one-off schedule runs once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No runs after these: the schedule ends at %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reportdesk::ScheduleMapping</name>
    <message>
        <source>OpenObserve&apos;s cron runs only on days that match both the day of month and the day of week; &quot;%1&quot; runs on days that match either.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grafana applies &quot;workdays only&quot; to hourly and daily schedules only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grafana runs a weekly report on one weekday (the weekday of its start date); this schedule runs on %1 weekdays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grafana does not say what a monthly report on day %1 does in months without that day; choose a day up to 28 or &quot;last day of the month&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grafana cannot repeat every %1 minutes; its custom intervals count hours, days, weeks or months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grafana does not say what an interval in months that starts on day %1 does in shorter months; start on a day up to 28.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grafana cannot run on a cron expression; choose hourly, daily, weekly, monthly or an interval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This schedule has no run left to take Grafana&apos;s start date from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Grafana schedule&apos;s time zone &quot;%1&quot; is not one this system knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Grafana schedule has no startDate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Grafana schedule&apos;s startDate &quot;%1&quot; is not an ISO-8601 date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Grafana schedule&apos;s endDate &quot;%1&quot; is not an ISO-8601 date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Grafana schedule&apos;s intervalFrequency &quot;%1&quot; is not one of hours, days, weeks, months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Grafana schedule&apos;s frequency &quot;%1&quot; is not one of once, hourly, daily, weekly, monthly, last, custom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenObserve cannot stop a schedule at an end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenObserve cannot run on workdays only; choose weekly on Monday to Friday instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenObserve cannot fall back to the last day of months without a day %1 (its cron has no &quot;L&quot;); choose to skip those months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenObserve cannot run on the last day of the month (its cron has no &quot;L&quot;); choose a day of the month up to 28.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenObserve cannot repeat every %1 minutes; use a cron expression such as &quot;*/15 * * * *&quot; instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenObserve does not say what an interval in months that starts on day %1 does in shorter months; start on a day up to 28.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OpenObserve report&apos;s timezone &quot;%1&quot; is not one this system knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OpenObserve cron &quot;%1&quot; is not valid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OpenObserve cron &quot;%1&quot; runs only on days that match both its day of month and its day of week; ReportDesk&apos;s cron runs when either matches and cannot express this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OpenObserve frequency type &quot;%1&quot; is not one of once, hours, days, weeks, months, cron.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kibana cannot stop a schedule at an end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kibana runs on whole minutes; remove the seconds from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kibana cannot limit this schedule to workdays; only daily and weekly schedules can run on workdays only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kibana&apos;s scheduled reports repeat; it cannot run a report once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kibana cannot limit an hourly schedule to workdays (it allows no weekdays with hourly).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kibana cannot fall back to the last day of months without a day %1 (its bymonthday takes 1 to 31); choose to skip those months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kibana cannot run on the last day of the month (its bymonthday takes 1 to 31).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kibana cannot repeat every %1 minutes; its schedules repeat hourly at most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kibana cannot fall back to the last day of months without a day %1; choose to skip those months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kibana cannot run on a cron expression; choose hourly, daily, weekly, monthly or an interval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Kibana schedule&apos;s tzid &quot;%1&quot; is not one this system knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Kibana schedule&apos;s freq %1 is not monthly, weekly, daily, hourly or minutely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Kibana schedule&apos;s interval must be at least 1; it is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Kibana schedule&apos;s byhour, byminute and bymonthday must be lists of numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ReportDesk cannot express the Kibana weekday &quot;%1&quot; (a weekday counted within the month).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Kibana schedule&apos;s byweekday has an unknown day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Kibana schedule&apos;s dtstart &quot;%1&quot; is not an ISO-8601 date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Kibana schedule names no hour or minute and has no dtstart to take them from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Kibana schedule that repeats every %1 periods needs a dtstart to count from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ReportDesk cannot express a Kibana interval schedule with several hours or minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ReportDesk cannot express a Kibana schedule every %1 weeks on several weekdays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ReportDesk cannot express a Kibana schedule every %1 months on several days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Kibana schedule never runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An hourly Kibana schedule takes only byminute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weekly Kibana schedule names no weekday and has no dtstart to take it from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Kibana schedule runs on days that match both bymonthday and byweekday; ReportDesk&apos;s cron runs when either matches and cannot express this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The monthly Kibana schedule names no day and has no dtstart to take it from.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reportdesk::Scheduler</name>
    <message>
        <source>The process running this (%1) ended before it finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report no longer exists.</source>
        <translation type="unfinished">Der Bericht existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Attempt %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A run of this report was started at this very moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run %1 is not running in this ReportDesk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reportdesk::ScopedConnection</name>
    <message>
        <source>The database driver %1 is not installed.</source>
        <translation>Der Datenbanktreiber %1 ist nicht installiert.</translation>
    </message>
    <message>
        <source>The database file %1 does not exist.</source>
        <translation>Die Datenbankdatei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The connection failed for an unknown reason.</source>
        <translation>Die Verbindung ist aus unbekanntem Grund fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>reportdesk::SecretStore</name>
    <message>
        <source>Cannot read a secret without a key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store a secret without a key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove a secret without a key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret store did not answer within %1 s while reading %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret store did not answer within %1 s while storing %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret store did not answer within %1 s while removing %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the credentials of remote server %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the password of data source &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the secret &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reportdesk::SectionEditor</name>
    <message>
        <source>Shown above the section; optional</source>
        <translation>Wird über dem Abschnitt angezeigt; optional</translation>
    </message>
    <message>
        <source>Section &amp;title:</source>
        <translation>Abschnitts&amp;titel:</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>The share of a row this section takes in the grid layout</source>
        <translation>Der Anteil einer Zeile, den dieser Abschnitt im Rasterlayout einnimmt</translation>
    </message>
    <message>
        <source>&amp;Width in grid:</source>
        <translation>&amp;Breite im Raster:</translation>
    </message>
    <message>
        <source>A page break: the next section starts on a new page.</source>
        <translation>Ein Seitenumbruch: Der nächste Abschnitt beginnt auf einer neuen Seite.</translation>
    </message>
    <message>
        <source>&amp;Markdown (use ${name} for variables, ${from} and ${to} for the time range):</source>
        <translation>&amp;Markdown (${name} für Variablen, ${from} und ${to} für den Zeitraum):</translation>
    </message>
    <message>
        <source>Rendered preview</source>
        <translation>Gerenderte Vorschau</translation>
    </message>
    <message>
        <source>&amp;Data source:</source>
        <translation>&amp;Datenquelle:</translation>
    </message>
    <message>
        <source>S&amp;QL query (bound parameters :from, :to and :variable):</source>
        <translation>S&amp;QL-Abfrage (gebundene Parameter :from, :to und :variable):</translation>
    </message>
    <message>
        <source>&amp;Run query</source>
        <translation>Abfrage &amp;ausführen</translation>
    </message>
    <message>
        <source>Runs the query with the report&apos;s time range and variables and shows the first 100 rows</source>
        <translation>Führt die Abfrage mit dem Zeitraum und den Variablen des Berichts aus und zeigt die ersten 100 Zeilen</translation>
    </message>
    <message>
        <source>Query result preview</source>
        <translation>Vorschau des Abfrageergebnisses</translation>
    </message>
    <message>
        <source>Column formats</source>
        <translation>Spaltenformate</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Beschriftung</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Align</source>
        <translation>Ausrichtung</translation>
    </message>
    <message>
        <source>Overflow</source>
        <translation>Überlauf</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Breite</translation>
    </message>
    <message>
        <source>Format: a number pattern such as #,##0.00 or a date pattern such as yyyy-MM-dd HH:mm. Width: relative weight.</source>
        <translation>Format: ein Zahlenmuster wie #,##0.00 oder ein Datumsmuster wie yyyy-MM-dd HH:mm. Breite: relative Gewichtung.</translation>
    </message>
    <message>
        <source>Add colu&amp;mn</source>
        <translation>Spalte &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Remove column</source>
        <translation>Spalte entfernen</translation>
    </message>
    <message>
        <source>Columns from last run</source>
        <translation>Spalten der letzten Ausführung</translation>
    </message>
    <message>
        <source>Adds a row for every column of the last query run that has none</source>
        <translation>Fügt für jede Spalte der letzten Abfrageausführung, die noch keine hat, eine Zeile hinzu</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>Bar</source>
        <translation>Balken</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linie</translation>
    </message>
    <message>
        <source>Pie</source>
        <translation>Kreis</translation>
    </message>
    <message>
        <source>e.g. day</source>
        <translation>z. B. day</translation>
    </message>
    <message>
        <source>comma-separated, e.g. requests, errors</source>
        <translation>durch Kommas getrennt, z. B. requests, errors</translation>
    </message>
    <message>
        <source>Chart t&amp;ype:</source>
        <translation>Diagrammt&amp;yp:</translation>
    </message>
    <message>
        <source>Ca&amp;tegory column:</source>
        <translation>&amp;Kategoriespalte:</translation>
    </message>
    <message>
        <source>Series col&amp;umns:</source>
        <translation>Daten&amp;reihen-Spalten:</translation>
    </message>
    <message>
        <source>C&amp;hoose image…</source>
        <translation>Bild aus&amp;wählen…</translation>
    </message>
    <message>
        <source>Text section</source>
        <translation>Textabschnitt</translation>
    </message>
    <message>
        <source>Table section</source>
        <translation>Tabellenabschnitt</translation>
    </message>
    <message>
        <source>Chart section</source>
        <translation>Diagrammabschnitt</translation>
    </message>
    <message>
        <source>Image section</source>
        <translation>Bildabschnitt</translation>
    </message>
    <message>
        <source>Page break</source>
        <translation>Seitenumbruch</translation>
    </message>
    <message>
        <source>Remote snapshot</source>
        <translation>Entfernter Schnappschuss</translation>
    </message>
    <message>
        <source>A snapshot fetched from a remote server (%1). It is edited on the server.</source>
        <translation>Ein Schnappschuss, der von einem entfernten Server (%1) abgerufen wird. Er wird auf dem Server bearbeitet.</translation>
    </message>
    <message>
        <source>Choose a data source…</source>
        <translation>Datenquelle auswählen…</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (fehlt)</translation>
    </message>
    <message>
        <source>Not defined: %1. Add them under Time &amp; variables.</source>
        <translation>Nicht definiert: %1. Fügen Sie sie unter Zeit &amp; Variablen hinzu.</translation>
    </message>
    <message>
        <source>The query uses no parameters.</source>
        <translation>Die Abfrage verwendet keine Parameter.</translation>
    </message>
    <message>
        <source>Parameters: %1.</source>
        <translation>Parameter: %1.</translation>
    </message>
    <message>
        <source>Choose a data source first.</source>
        <translation>Wählen Sie zuerst eine Datenquelle aus.</translation>
    </message>
    <message>
        <source>The data source &quot;%1&quot; does not exist.</source>
        <translation>Die Datenquelle &quot;%1&quot; existiert nicht.</translation>
    </message>
    <message>
        <source>The query is empty.</source>
        <translation>Die Abfrage ist leer.</translation>
    </message>
    <message>
        <source>The time range cannot be resolved: %1</source>
        <translation>Der Zeitraum kann nicht aufgelöst werden: %1</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Wird ausgeführt…</translation>
    </message>
    <message>
        <source>Showing the first %1 rows.</source>
        <translation>Die ersten %1 Zeilen werden angezeigt.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s).</source>
        <translation>
            <numerusform>%n Zeile.</numerusform>
            <numerusform>%n Zeilen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>Center</source>
        <translation>Zentriert</translation>
    </message>
    <message>
        <source>Wrap</source>
        <translation>Umbrechen</translation>
    </message>
    <message>
        <source>Elide</source>
        <translation>Kürzen</translation>
    </message>
    <message>
        <source>Run the query first to see its columns.</source>
        <translation>Führen Sie zuerst die Abfrage aus, um ihre Spalten zu sehen.</translation>
    </message>
    <message>
        <source>Choose image</source>
        <translation>Bild auswählen</translation>
    </message>
    <message>
        <source>Images (%1);;All files (*)</source>
        <translation>Bilder (%1);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not an image this application can read.</source>
        <translation>%1 ist kein Bild, das diese Anwendung lesen kann.</translation>
    </message>
    <message>
        <source>No image chosen</source>
        <translation>Kein Bild ausgewählt</translation>
    </message>
    <message>
        <source>The image cannot be shown</source>
        <translation>Das Bild kann nicht angezeigt werden</translation>
    </message>
    <message>
        <source>%1 (%2 × %3 px, %4 KB)</source>
        <translation>%1 (%2 × %3 px, %4 KB)</translation>
    </message>
</context>
<context>
    <name>reportdesk::ServerDialog</name>
    <message>
        <source>Add remote server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote server “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s node in the tree and its name on the command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished">&amp;Name:</translation>
    </message>
    <message>
        <source>United States (US)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Europe (EU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: the system&apos;s certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra CA certificates (PEM) to trust for this server. The certificate is always verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished">Dur&amp;chsuchen…</translation>
    </message>
    <message>
        <source>&amp;CA certificates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;in with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;est connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name and password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service account token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth2 client credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Space:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Kibana space; empty for the default space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user&apos;s current organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The numeric Grafana organisation id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OpenObserve organisation the reports belong to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Zscaler UVM account id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lient ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will be stored in the keychain (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the keychain (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stored yet; it will be kept in the keychain (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept for this session only. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will be kept for this session only. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged; type to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another server is called &quot;%1&quot;; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the fields marked in red first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished">Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose CA certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reportdesk::SessionSecretStore</name>
    <message>
        <source>Session only: no keychain answered (%1). Secrets are kept in memory until ReportDesk quits.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reportdesk::StagedFiles</name>
    <message>
        <source>cannot write %1: it is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished">%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source> (already written: %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reportdesk::TimeRange</name>
    <message>
        <source>Start: %1</source>
        <translation>Beginn: %1</translation>
    </message>
    <message>
        <source>End: %1</source>
        <translation>Ende: %1</translation>
    </message>
    <message>
        <source>The start of the time range must be before its end.</source>
        <translation>Der Beginn des Zeitraums muss vor seinem Ende liegen.</translation>
    </message>
    <message>
        <source>The time is empty; use &quot;now&quot;, a relative time like &quot;now-7d&quot; or an ISO-8601 date and time.</source>
        <translation>Die Zeitangabe ist leer; verwenden Sie &quot;now&quot;, eine relative Zeit wie &quot;now-7d&quot; oder ein Datum mit Uhrzeit nach ISO 8601.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a relative time. Use forms like &quot;now-7d&quot;, &quot;now/d&quot; or &quot;now-1M/M&quot; (units s m h d w M y).</source>
        <translation>&quot;%1&quot; ist keine relative Zeit. Verwenden Sie Formen wie &quot;now-7d&quot;, &quot;now/d&quot; oder &quot;now-1M/M&quot; (Einheiten s m h d w M y).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is out of range.</source>
        <translation>&quot;%1&quot; liegt außerhalb des gültigen Bereichs.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a relative time (&quot;now-7d&quot;) nor an ISO-8601 date and time (&quot;2026-01-31T08:00:00Z&quot;).</source>
        <translation>&quot;%1&quot; ist weder eine relative Zeit (&quot;now-7d&quot;) noch ein Datum mit Uhrzeit nach ISO 8601 (&quot;2026-01-31T08:00:00Z&quot;).</translation>
    </message>
</context>
<context>
    <name>reportdesk::TrayController</name>
    <message>
        <source>Quit ReportDesk</source>
        <translation type="unfinished">ReportDesk beenden</translation>
    </message>
    <message>
        <source>&amp;Quit Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit When &amp;Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open ReportDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run Due Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent &amp;Exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished">&amp;Beenden</translation>
    </message>
    <message>
        <source>ReportDesk — quitting when the run finishes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>ReportDesk — quitting when %n runs finish</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>ReportDesk — running: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ReportDesk — running: %1 (1 of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ReportDesk — scheduling paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ReportDesk — next: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ReportDesk — nothing scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started 1 run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Started %n runs.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>ReportDesk</source>
        <translation type="unfinished">ReportDesk</translation>
    </message>
    <message>
        <source>Scheduling paused: no report runs on its own until you resume it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduling resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;sume Scheduling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause Scheduling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (%3, file missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exports yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No application opened “%1”. Is there one for this kind of file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was interrupted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was interrupted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed after %2 attempts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed after %2 attempts: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ReportDesk keeps running in the tray, so scheduled reports still run. To quit, choose Quit in the tray icon&apos;s menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 run is still running. Quit anyway? It will be marked interrupted and retried at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n runs are still running. Quit anyway? They will be marked interrupted and retried at the next start.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>ReportDesk quits when the runs under way have finished.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reportdesk::Validation</name>
    <message>
        <source>The %1 name must not be empty.</source>
        <translation>%1: Der Name darf nicht leer sein.</translation>
    </message>
    <message>
        <source>The %1 name must not contain &quot;/&quot;.</source>
        <translation>%1: Der Name darf kein &quot;/&quot; enthalten.</translation>
    </message>
    <message>
        <source>The %1 name must not start or end with spaces.</source>
        <translation>%1: Der Name darf nicht mit Leerzeichen beginnen oder enden.</translation>
    </message>
    <message>
        <source>The %1 name is longer than 200 characters.</source>
        <translation>%1: Der Name ist länger als 200 Zeichen.</translation>
    </message>
    <message>
        <source>The %1 name must not contain control characters.</source>
        <translation>%1: Der Name darf keine Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>A report must be in a folder.</source>
        <translation>Ein Bericht muss sich in einem Ordner befinden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known IANA time zone.</source>
        <translation>&quot;%1&quot; ist keine bekannte IANA-Zeitzone.</translation>
    </message>
    <message>
        <source>Unknown page size &quot;%1&quot;; use one of %2.</source>
        <translation>Unbekannte Seitengröße &quot;%1&quot;; verwenden Sie eine von %2.</translation>
    </message>
    <message>
        <source>Margins must be between 0 and 100 mm.</source>
        <translation>Die Ränder müssen zwischen 0 und 100 mm liegen.</translation>
    </message>
    <message>
        <source>Choose at least one output format.</source>
        <translation>Wählen Sie mindestens ein Ausgabeformat.</translation>
    </message>
    <message>
        <source>Unknown output format &quot;%1&quot;.</source>
        <translation>Unbekanntes Ausgabeformat &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Variable name &quot;%1&quot; must start with a letter or &quot;_&quot; and contain only letters, digits and &quot;_&quot;.</source>
        <translation>Der Variablenname &quot;%1&quot; muss mit einem Buchstaben oder &quot;_&quot; beginnen und darf nur Buchstaben, Ziffern und &quot;_&quot; enthalten.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is reserved for the time range.</source>
        <translation>&quot;%1&quot; ist für den Zeitraum reserviert.</translation>
    </message>
    <message>
        <source>Variable &quot;%1&quot; is defined twice.</source>
        <translation>Die Variable &quot;%1&quot; ist doppelt definiert.</translation>
    </message>
    <message>
        <source>Section %1: choose a data source.</source>
        <translation>Abschnitt %1: Wählen Sie eine Datenquelle.</translation>
    </message>
    <message>
        <source>Section %1: the query is empty.</source>
        <translation>Abschnitt %1: Die Abfrage ist leer.</translation>
    </message>
    <message>
        <source>Section %1: choose an image.</source>
        <translation>Abschnitt %1: Wählen Sie ein Bild.</translation>
    </message>
    <message>
        <source>Section %1: width must be between 1 % and 100 %.</source>
        <translation>Abschnitt %1: Die Breite muss zwischen 1 % und 100 % liegen.</translation>
    </message>
    <message>
        <source>The logo is %1 MB; the limit is 2 MB.</source>
        <translation>Das Logo ist %1 MB groß; die Obergrenze liegt bei 2 MB.</translation>
    </message>
    <message>
        <source>The logo is not an image (PNG, JPEG, GIF, BMP, WebP or SVG).</source>
        <translation>Das Logo ist kein Bild (PNG, JPEG, GIF, BMP, WebP oder SVG).</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>The accent colour must look like #1f6feb.</source>
        <translation>Die Akzentfarbe muss wie #1f6feb aussehen.</translation>
    </message>
    <message>
        <source>The footer link must be a full URL such as https://example.com.</source>
        <translation>Der Fußzeilen-Link muss eine vollständige URL wie https://example.com sein.</translation>
    </message>
    <message>
        <source>The page-number format must contain {page}.</source>
        <translation>Das Seitennummernformat muss {page} enthalten.</translation>
    </message>
    <message>
        <source>data source</source>
        <translation>Datenquelle</translation>
    </message>
    <message>
        <source>Choose a database driver.</source>
        <translation>Wählen Sie einen Datenbanktreiber.</translation>
    </message>
    <message>
        <source>Choose the database file.</source>
        <translation>Wählen Sie die Datenbankdatei.</translation>
    </message>
    <message>
        <source>Enter the database name.</source>
        <translation>Geben Sie den Datenbanknamen ein.</translation>
    </message>
    <message>
        <source>Enter the database host.</source>
        <translation>Geben Sie den Datenbank-Host ein.</translation>
    </message>
    <message>
        <source>The port must be between 0 and 65535.</source>
        <translation>Der Port muss zwischen 0 und 65535 liegen.</translation>
    </message>
</context>
<context>
    <name>reportdesk::remote::GrafanaClient</name>
    <message>
        <source>Grafana reports are not kept in folders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grafana reports are not kept in folders, so there is nowhere to move them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a Grafana report id; Grafana report ids are numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this Grafana has no Reporting (an Enterprise feature): /api/reports answered 404 Not Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a Grafana server (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GET /api/health answered %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GET /api/health did not answer with Grafana&apos;s health report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>organisation “%1”, %n report(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>a report without a numeric id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report</source>
        <translation type="unfinished">Bericht</translation>
    </message>
    <message numerus="yes">
        <source>%1; %n recipient(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 of the list is not a report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resume report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pause report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report is a draft; finish it in Grafana first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report&apos;s schedule has ended; give it a new schedule to run it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send a test e-mail of report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send a test e-mail of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create report “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer carries no report id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>render report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report has no dashboard to render</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>render dashboards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name at least one dashboard uid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>render a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF cannot be written to “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder is not writable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the server sent no PDF (Content-Type “%1”, %n byte(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>read the report branding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report logo “%1” is not a web address; it was not fetched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fetch the report logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report logo could not be fetched: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the report branding</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reportdesk::remote::OpenObserveClient</name>
    <message>
        <source>Once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the cron schedule “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This OpenObserve server offers only its v1 reports API, which has no report folders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenObserve renders and emails reports itself and offers no download; use Run now to send the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report</source>
        <translation type="unfinished">Bericht</translation>
    </message>
    <message>
        <source>Schedule not readable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenObserve signs in with a user e-mail and password (basic) or a token (bearer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organisation “%1”, 1 report folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>organisation “%1”, %n report folders</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>organisation “%1”, v1 reports API (no report folders)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, signed in as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not an OpenObserve server (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1the answer has no WWW-Authenticate: Bearer realm=&quot;openobserve&quot;, so this may not be an OpenObserve server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an OpenObserve server, or the base URL has a wrong path (%1 answered 404)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is not JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reports answer is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report folders answer has no “list”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list report folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer has no folder “list”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a folder has no “folderId”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create the folder “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new folder has no “folderId”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rename the folder to “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list entry is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report “%1” has no “report_id”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report has no “name”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new report “%1” is not in the folder&apos;s list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create the report “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>find the new report “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update the report “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenObserve&apos;s v1 API keys reports by name and cannot rename “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enable the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disable the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer has no “enabled”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server says the report is still disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server says the report is still enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run the report now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>delete %n reports</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>delete the report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move 1 report</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>move %n reports</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>reportdesk::remote::OpenObserveReportMapping</name>
    <message>
        <source>The time range “%1 … %2” is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time range “%1 … %2” ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenObserve shows either a period up to now (like now-7d … now) or a fixed period between two dates; “%1 … %2” is neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An OpenObserve report needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenObserve report names cannot contain &apos;/&apos;: “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenObserve report names cannot contain %1 (nor &apos;:&apos;, &apos;#&apos;, &apos;?&apos;, &apos;&amp;&apos;, &apos;%&apos;, quotes or spaces): “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OpenObserve report has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schedule cannot be shown in ReportDesk (%1); it stays as it is on the server unless you choose a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dashboards have different time ranges; the first one&apos;s is shown, and each keeps its own unless you change the time range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 destination other than an email address is kept on the server but not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenObserve reports always have a schedule; choose one (and disable the report if it should not run).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenObserve has one time zone for the schedule and the time range: the report&apos;s (%1) and the schedule&apos;s (%2) differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenObserve sends one format per report; choose one of pdf, png and csv (the report has %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenObserve cannot send the format “%1”; it sends pdf, png or csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The section “%1” is not an OpenObserve dashboard and is not sent to the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The section “%1” does not name an OpenObserve dashboard as “folder/dashboard/tab”: “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An OpenObserve report needs at least one dashboard: add a remote snapshot section naming it as “folder/dashboard/tab”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reportdesk::remote::RemoteClient</name>
    <message>
        <source>%1 “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no report folders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reports cannot be enabled or disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot run a report on request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not offer deleting this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no folders to move reports between.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot render this into a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rename a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reportdesk::remote::RemoteSession</name>
    <message>
        <source>The server “%1” was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token is stored for “%1”; edit the server to enter it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key is stored for “%1”; edit the server to enter it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client secret is stored for “%1”; edit the server to enter it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password is stored for “%1”; edit the server to enter it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remote server no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets are kept for this session only, because no keychain answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ReportDesk cannot connect to “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain has not answered yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret was not stored: the keychain has not answered yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server was not removed: the keychain has not answered yet, and its secret must go with it. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server “%1” was not removed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
