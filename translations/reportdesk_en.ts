<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Application</name>
    <message>
        <source>ReportDesk: edit, preview and schedule your organisation&apos;s reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the catalog at &lt;path&gt; (default: $REPORTDESK_CATALOG, then %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read and write settings in the ini &lt;file&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the user interface language &lt;lang&gt; (for example de), instead of the system locale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ReportDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the catalog “%1”.

%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogCommands</name>
    <message>
        <source>Top level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A report no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New folder “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New report “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A report with this id already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder to move no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move the folder “%1” into itself or one of its subfolders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A report to move no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to move: the items are already there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %n items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder to delete no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A report to delete no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate %n reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable %n reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable %n reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move “%1” to “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Move %n items to “%1”</source>
        <translation>
            <numerusform>Move %n item to “%1”</numerusform>
            <numerusform>Move %n items to “%1”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Usage: %1 [--catalog PATH] COMMAND [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog file (default: $REPORTDESK_CATALOG, else the app data folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the messages, such as &quot;de&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log what happens to standard error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;%1 COMMAND --help&quot; for the options of a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 the command failed, 2 bad command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;%1 --help&quot; for the commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown %1 command &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;%1 %2 COMMAND --help&quot; for the options of a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 [--catalog PATH] %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog file (overrides the global option).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing argument.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;%1 %2 --help&quot; for details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No catalog at %1. Run &quot;%2 init&quot; to create it, or choose one with --catalog or REPORTDESK_CATALOG.</source>
        <translation type="unfinished"></translation>
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
</context>
<context>
    <name>FoldersCommand</name>
    <message>
        <source>List every folder by its path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a folder and any missing parents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List and create catalog folders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List every folder, parents before children, one path per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a JSON array of {id, name, path, parentId, reportCount} instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the folder PATH (&quot;Team/Weekly&quot;), creating missing parents on the way.
If the folder exists already, nothing changes and the command still succeeds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder path, parts separated by &quot;/&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder path is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; exists already; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the folder &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <source>Create the catalog if it does not exist yet (and upgrade an older one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safe to run again: an existing catalog is kept as it is. With --demo, the sample folder, reports, data source and branding are added when the catalog is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the demo content to an empty catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog %1 is ready (schema version %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the catalog %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo content is already there; nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog is not empty, so no demo content was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding the demo content failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Added the demo content: %n report(s) in &quot;%1&quot;, sample data in %2.</source>
        <translation>
            <numerusform>Added the demo content: %n report in &quot;%1&quot;, sample data in %2.</numerusform>
            <numerusform>Added the demo content: %n reports in &quot;%1&quot;, sample data in %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>&quot;%1&quot; is not a known time zone.</source>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation>
            <numerusform>%1 (%n byte)</numerusform>
            <numerusform>%1 (%n bytes)</numerusform>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder</source>
        <translation type="unfinished"></translation>
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
    <name>TimeRange</name>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year to date</source>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>section %1 (&quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reportdesk::BrandingEditor</name>
    <message>
        <source>Branding profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profiles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Make default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports without their own profile use the default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG, JPEG, GIF, BMP, WebP or SVG, up to 2 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the accent colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ccent colour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Header text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Footer text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Footer lin&amp;k:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. CONFIDENTIAL; empty for none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Watermark:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ont:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{page} is the page number, {pages} the page count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page &amp;number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no page numbers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has unsaved changes. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New profile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 copy %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the branding profile &quot;%1&quot;? Reports that use it fall back to the default profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.svg);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo is %1 MB; the limit is 2 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accent colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(cannot preview)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 KB)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reportdesk::Catalog</name>
    <message>
        <source>The catalog path %1 is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the catalog %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a ReportDesk catalog: it is not an SQLite database. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the catalog %1: the folder is not writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the catalog %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a ReportDesk catalog. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog %1 was written by a newer ReportDesk (schema version %2; this version knows up to %3). Update ReportDesk to open it. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog %1 is read-only and needs an upgrade from schema version %2 to %3. Make it writable and open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the catalog to schema version %1 failed: %2. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the catalog to schema version %1 failed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog %1 is read-only; changes cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: the disk is full. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: the catalog is read-only. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: the catalog is locked by another process. Try again. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the top level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder named &quot;%1&quot; already exists in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parent folder no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder path is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renaming the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target folder no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move the folder &quot;%1&quot; into itself or one of its subfolders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; already exists; nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring the folder &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report &quot;%1&quot; already exists; nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A report named &quot;%1&quot; already exists in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the report &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the report sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving section %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report&apos;s folder no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report&apos;s branding profile no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A report to move no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two of the reports to move are named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A report no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabling or disabling reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A branding profile named &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the branding profile &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the default profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the branding profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The branding profile no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the default profile. Make another profile the default before deleting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the branding profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A data source named &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the data source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renaming the data source</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n report section(s) still use this data source.</source>
        <translation>
            <numerusform>%n report section still uses this data source.</numerusform>
            <numerusform>%n report sections still use this data source.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting the data source</source>
        <translation type="unfinished"></translation>
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
</context>
<context>
    <name>reportdesk::CatalogTreeModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
1 report</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1
%n reports</source>
        <translation>
            <numerusform>%1
%n report</numerusform>
            <numerusform>%1
%n reports</numerusform>
        </translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(disabled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report</source>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data sources:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections refer to the data source by this name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite file (QSQLITE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL (QPSQL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;river:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data&amp;base:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passwords are stored in the system keychain; arrives with keychain support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data source &quot;%1&quot; has unsaved changes. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New data source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New data source %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete data source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the data source &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose SQLite database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.sqlite3 *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
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
    <name>reportdesk::MainWindow</name>
    <message>
        <source>1 report</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n reports</source>
        <translation>
            <numerusform>%n report</numerusform>
            <numerusform>%n reports</numerusform>
        </translation>
    </message>
    <message>
        <source>1 folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n folders</source>
        <translation>
            <numerusform>%n folder</numerusform>
            <numerusform>%n folders</numerusform>
        </translation>
    </message>
    <message>
        <source>You can undo this with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report “%1” has unsaved changes. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Change the Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a report in the selected folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a folder in the selected folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the selected item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable the selected reports (and all reports in selected folders)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;isable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable the selected reports (and all reports in selected folders)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move To…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected items into another folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the changes in the editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Branding Profiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the logos, colours and texts of the PDFs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data &amp;Sources…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the databases that reports query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the tree by name, title or tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Expand All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expand every folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Collapse All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collapse every folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit ReportDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About ReportDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Qt version ReportDesk runs on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name, title or tag (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all reports, or only the enabled or disabled ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog file cannot be written; editing is off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog is read-only: you can browse, not edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a folder for your reports with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No report selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a report to edit it, or create one with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n items selected</source>
        <translation>
            <numerusform>%n item selected</numerusform>
            <numerusform>%n items selected</numerusform>
        </translation>
    </message>
    <message>
        <source>No reports among them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 affected by Enable and Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Create the Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a folder for the report first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created “%1” in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Create the Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicated 1 report</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Duplicated %n reports</source>
        <translation>
            <numerusform>Duplicated %n report</numerusform>
            <numerusform>Duplicated %n reports</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the report “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the folder “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the folder “%1” and the %2 in it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (with %2 in them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted. Undo with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the top level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About ReportDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;ReportDesk %1&lt;/h3&gt;&lt;p&gt;Edit, preview and schedule your organisation&apos;s reports, local and on Kibana, Grafana, OpenObserve and Zscaler UVM servers, from one place.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No enabled reports match “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No disabled reports match “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reports match “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No enabled reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No disabled reports</source>
        <translation type="unfinished"></translation>
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
</context>
<context>
    <name>reportdesk::MoveToDialog</name>
    <message>
        <source>Move To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports must be in a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder cannot move into itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selection into:</source>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reportdesk::Reader</name>
    <message>
        <source>Field &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>section %1 (&quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period: %1 to %2 (%3) · Generated %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data source &quot;%1&quot; does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot connect to &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the query returns no column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data for this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rendering was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image %1 cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote snapshot (rendered in a later version)</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;utput</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time &amp;&amp; &amp;variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unique in its folder, no &quot;/&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown on the first page; the name when empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who answers questions about this report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated, e.g. traffic, weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enabled (scheduled runs happen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body of the e-mail that delivers the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-&amp;mail message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;able</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Page break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report has no content yet. Add a section: text, a table or chart from a query, an image or a page break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sections:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a section after the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dupli&amp;cate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected section (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected section up (Ctrl+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected section down (Ctrl+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page &amp;size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simple: one section after another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid: sections share rows by their width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To&amp;p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bottom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;eft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Margins:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CSV (one file per table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;NG (one image per page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formats:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Branding profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time &amp;range:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now-7d, now/d, now-1M/M or 2026-01-31T08:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now, now/d or an ISO-8601 date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to search, e.g. Berlin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text uses ${name}; queries use :name as a bound parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Varia&amp;bles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted profile #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before saving:</source>
        <translation>
            <numerusform>%n problem to fix before saving:</numerusform>
            <numerusform>%n problems to fix before saving:</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a valid time zone to see the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the time range to see the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 (%3)
%4 to %5 in UTC, the values of :from and :to</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report has no table section; CSV holds the rows of table sections only (not charts or text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data source &quot;%1&quot; does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot connect to &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the query returns no column %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reportdesk::ReportJson</name>
    <message>
        <source>unknown section kind &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown chart type &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not valid base64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown alignment &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a UUID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;portrait&quot; or &quot;landscape&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;simple&quot; or &quot;grid&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must hold four numbers (left, top, right, bottom).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid JSON: %1 at offset %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a ReportDesk report: the document is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a ReportDesk report: &quot;format&quot; must be &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field &quot;version&quot;: required but missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field &quot;version&quot;: must be a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported schema version %1: this ReportDesk reads version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field &quot;report&quot;: required but missing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reportdesk::ReportJson::Reader</name>
    <message>
        <source>Field &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required but missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reportdesk::ReportRenderer</name>
    <message>
        <source>Cannot render &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the time zone &quot;%1&quot; is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the start of the time range: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end of the time range: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the time range ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses %2, which is not defined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>section %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>section %1 (&quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses the data source &quot;%2&quot;, which does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the logo of the branding profile &quot;%1&quot; cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page layout (%1, margins) does not fit the device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start painting on the output device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reportdesk::RunExecutor</name>
    <message>
        <source>Unknown output format &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
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
    <name>reportdesk::SampleData</name>
    <message>
        <source>Cannot create the sample database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the sample database: %1</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of mon, tue, wed, thu, fri, sat, sun.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection failed for an unknown reason.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reportdesk::SectionEditor</name>
    <message>
        <source>Shown above the section; optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section &amp;title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share of a row this section takes in the grid layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Width in grid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A page break: the next section starts on a new page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Markdown (use ${name} for variables, ${from} and ${to} for the time range):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rendered preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;QL query (bound parameters :from, :to and :variable):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs the query with the report&apos;s time range and variables and shows the first 100 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query result preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column formats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format: a number pattern such as #,##0.00 or a date pattern such as yyyy-MM-dd HH:mm. Width: relative weight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add colu&amp;mn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns from last run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a row for every column of the last query run that has none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma-separated, e.g. requests, errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart t&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;tegory column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series col&amp;umns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A snapshot fetched from a remote server (%1). It is edited on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a data source…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not defined: %1. Add them under Time &amp; variables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The query uses no parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a data source first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data source &quot;%1&quot; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The query is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time range cannot be resolved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the first %1 rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s).</source>
        <translation>
            <numerusform>%n row.</numerusform>
            <numerusform>%n rows.</numerusform>
        </translation>
    </message>
    <message>
        <source>Auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the query first to see its columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (%1);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an image this application can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No image chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image cannot be shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 × %3 px, %4 KB)</source>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start of the time range must be before its end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time is empty; use &quot;now&quot;, a relative time like &quot;now-7d&quot; or an ISO-8601 date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a relative time. Use forms like &quot;now-7d&quot;, &quot;now/d&quot; or &quot;now-1M/M&quot; (units s m h d w M y).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a relative time (&quot;now-7d&quot;) nor an ISO-8601 date and time (&quot;2026-01-31T08:00:00Z&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reportdesk::Validation</name>
    <message>
        <source>The %1 name must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 name must not contain &quot;/&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 name must not start or end with spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 name is longer than 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 name must not contain control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A report must be in a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known IANA time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown page size &quot;%1&quot;; use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Margins must be between 0 and 100 mm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one output format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown output format &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variable name &quot;%1&quot; must start with a letter or &quot;_&quot; and contain only letters, digits and &quot;_&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is reserved for the time range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variable &quot;%1&quot; is defined twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section %1: choose a data source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section %1: the query is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section %1: choose an image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section %1: width must be between 1 % and 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo is %1 MB; the limit is 2 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo is not an image (PNG, JPEG, GIF, BMP, WebP or SVG).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accent colour must look like #1f6feb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The footer link must be a full URL such as https://example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page-number format must contain {page}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a database driver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the database name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the database host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port must be between 0 and 65535.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
