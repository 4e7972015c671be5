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
        <source>Manage the ReportDesk report catalog without a display.</source>
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
        <source>Chart (rendered in a later version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote snapshot (rendered in a later version)</source>
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
