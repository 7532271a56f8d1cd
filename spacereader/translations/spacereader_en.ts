<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>About</name>
    <message>
        <source>&lt;h3&gt;SpaceReader {version}&lt;/h3&gt;&lt;p&gt;A calm desktop reader for articles about space and the people who go there.&lt;/p&gt;&lt;p&gt;It never fetches anything by itself, and never writes to your articles.&lt;/p&gt;&lt;p&gt;Qt {qt} · PySide {pyside} · MIT licence&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About SpaceReader</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in Article…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>★ Favourite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this article among your favourites (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as HTML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as Unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typography…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About SpaceReader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link Every Mention of an Astronaut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Else only the first mention in each section is a link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent Libraries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Astronaut Cards on Hover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the article in your editor at the line in view (Ctrl+Shift+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in File Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Full Article for Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch this article&apos;s full version from the web now, to read it offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the Saved Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save All Full Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved Copies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Images of Saved Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One more request per image, at most 20 images of 2 MB, 10 MB in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundled Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smaller Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading Speed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticlesPanel</name>
    <message>
        <source>Search titles, text, tags, authors, astronauts…  (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only your favourites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the articles with problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the articles you have not opened, are reading, or have read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AstronautsPanel</name>
    <message>
        <source>Astronauts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name, agency or nationality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter astronauts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By number of articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort astronauts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also list the profiles that no article of this library mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Astronauts list</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln article</numerusform>
            <numerusform>%Ln articles</numerusform>
        </translation>
    </message>
    <message>
        <source>Mentioned only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all (1 more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all ({count} more)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Something went wrong — SpaceReader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The details are in the log:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log file could not be written; Copy Details keeps them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SpaceReader keeps running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln more error(s) since this one, also in the log.</source>
        <translation>
            <numerusform>%Ln more error since this one, also in the log.</numerusform>
            <numerusform>%Ln more errors since this one, also in the log.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FacetMenus</name>
    <message>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only articles with this tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All astronauts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only articles that mention this astronaut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Astronaut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only articles in this language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only articles from these years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{current} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HoverCard</name>
    <message>
        <source>Astronaut card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentioned in 1 article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentioned in {count} articles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Indexer</name>
    <message>
        <source>Could not update the search index: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Astronauts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkRouter</name>
    <message>
        <source>Not opened: there is no file {target} (moved or deleted?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened in your browser: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No browser could open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not opened: %1 — only web links (http, https) leave the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not opened: only web links (http, https) leave the app</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Astronauts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reloaded %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — SpaceReader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown articles (*.md *.markdown);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the last article in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the first article in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to your favourites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed from your favourites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML pages (*.html *.htm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>No astronaut profile has the id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h1&gt;No articles here yet&lt;/h1&gt;&lt;p&gt;SpaceReader found no &lt;code&gt;.md&lt;/code&gt; files in &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Use &lt;b&gt;File › Open Library…&lt;/b&gt; to pick another folder.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No articles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Offline</name>
    <message>
        <source>no article text was found on the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only http and https addresses are fetched, not {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page redirects to {url}, which is not a web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than {count} redirects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page is larger than {size} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page came in an encoding SpaceReader does not read ({encoding})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an image SpaceReader shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the link leads to a PDF document, not a web page: open it in your browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the link leads to an image, not a web page: open it in your browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the link leads to {kind}, not a web page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page is not there (HTTP {code})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the site refused to send the page (HTTP {code})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the site failed to send the page (HTTP {code})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the site answered HTTP {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{host} could not be found: offline, or no such site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer from {host} in time ({seconds} s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate of {host} could not be verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{host} refused the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not reach {host}: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the article has no full_article link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the full article: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⤓ Save for offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⟳ Save again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the saved copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the text shipped with the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved copy · fetched on {date} from {site}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last save failed ({why}); this copy is the one before.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfflineCommands</name>
    <message>
        <source>Saving the full article of “{title}”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the library&apos;s full articles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save “{title}”: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved for offline: “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving cancelled: {saved} saved, {failed} failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full articles saved: {saved} saved, {failed} failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Outline</name>
    <message>
        <source>Outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article&apos;s sections: click one to go to it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Astronauts in this article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By {author}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 min read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} min read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Astronauts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the full article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} has problems:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked from 1 note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked from {count} notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>born {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{network}: {handle}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{figure} million followers (as of {date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} followers (as of {date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Followers over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No article of this library mentions them yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentioned in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentioned in 1 article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentioned in {count} articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show more ({count} not listed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Paper</name>
    <message>
        <source>Export as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write {file}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n page(s) to {file}</source>
        <translation>
            <numerusform>Exported %n page to {file}</numerusform>
            <numerusform>Exported %n pages to {file}</numerusform>
        </translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer</source>
        <translation>
            <numerusform>Sent %n page to the printer</numerusform>
            <numerusform>Sent %n pages to the printer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{severity}: line {line}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{severity}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the article is shown as plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a regular file (a pipe, device or folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file is too large ({size} MB; the limit is {limit} MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a text file (it contains binary data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a symbolic link to a file outside the library ({target}); it is not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading this file stopped or hung the process that read it; it is left out until it changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be read ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid UTF-8; read as Windows-1252 (cp1252)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encoded as UTF-16; save it as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encoded as UTF-16 (with no byte-order mark); save it as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a text file: broken UTF-16</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file name is not valid UTF-8 (it shows as {name}); rename the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file name holds a line break or another invisible control character (it shows as {name}); rename the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>front matter opened with `{opener}` is never closed (add a `{closer}` line after it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>front matter is not valid YAML: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted value opened here with {quote} is never closed: end it with {quote} on this line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tab in the front matter: YAML indents and separates with spaces only; use spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this line is indented unlike the lines above it, or holds a `: ` in an unquoted value: line it up with its neighbours, or put the value in quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>front matter is not valid TOML: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>front matter is ignored: it uses YAML aliases (*name), which SpaceReader does not expand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>front matter is ignored: the YAML tag {tag} is not supported (only plain values are read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>front matter is ignored: it must be `key: value` lines, not {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`{key}` should be text, not {kind}; it is ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`{key}` should be a list of words, not {kind}; it is ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`title` should be text, not {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`date` is not an ISO date or date-time (like 2021-03-14): {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`date` {value} is in the future: correct it, or silence the rule for an article written ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`lang` {value} is not a language code: write one like en, fr or pt-BR (BCP 47)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no summary: add `summary:` to the front matter, one or two sentences for the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`full_article` is an http: address, which is not encrypted: use https: if the site has it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another article has the same title ({other}): give each article a title of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`lint-ignore` names no rule {id}: write a rule id as check prints it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`full_article` must be an http(s) URL, not {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown astronaut {id} in `astronauts:` (no profile has that id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link points to a missing file: {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image points to a missing file: {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image {target} has no alt text: say what it shows between the brackets, ![like this]({target})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link to #{anchor}, which no heading has: link to a heading&apos;s anchor, like #{example}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heading of level {level} after one of level {previous}: use level {expected} here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quotes and lists nested {levels} deep (the limit is {limit}); {plain}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than {limit} `[` brackets nested or left open in a paragraph; {plain}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than {limit} spaces in a row on a line; {plain}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than {limit} `{{` braces left open on a line; {plain}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than {limit} `&amp;` characters (or no-break spaces) in a paragraph; {plain}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than {limit} HTML tags nested or left open; {plain}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tables nested {levels} deep (the limit is {limit}); {plain}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too deeply nested to format; {plain}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>took more than {seconds} seconds to format; {plain}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile is not valid YAML: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile file name must be a lowercase ASCII slug like chris-hadfield.yaml, not {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile must be `key: value` lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile has no `name`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`id` {id} differs from the file name; the file name wins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`{key}` should be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`{key}`: {count} entries without `{required}` are ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>social account url must be http(s), not {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`followers` needs a whole number and a `followers_as_of` date; it is ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`{key}` should be YYYY, YYYY-MM or YYYY-MM-DD, not {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`{key}`: these entries are not a language code (en, fr, …) with its text and are ignored: {entries}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the library&apos;s articles are in English and French, but these fields are in one language only: {keys} (write them as `summary: {{en: …, fr: …}}`)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the portrait {name} leads outside its folder; the initials show instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the portrait {name} is larger than {limit} MB; the initials show instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the portrait {name} is not a file that can be read; the initials show instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wiki link to nothing: no note or file of the library is named {name}; it shows as plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>embed of nothing: no file of the library is named {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shortcode {name} is opened and never closed (add {closing} after its text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true/false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a line of text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file (moved or deleted?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a symbolic link that leads back to itself</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems in this article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns of the problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems in this article</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{percent} % read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{percent} % · {minutes} min left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReaderPane</name>
    <message>
        <source>Time left in the article</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadingProgress</name>
    <message>
        <source>Reading Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words you read in a minute (the time left is counted from it):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaveProgress</name>
    <message>
        <source>Saving full articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel saving full articles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavedCopiesDialog</name>
    <message>
        <source>Saved Copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved copies of full articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected saved copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n saved copies</source>
        <translation>
            <numerusform>%n saved copy</numerusform>
            <numerusform>%n saved copies</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Search the library</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Bundled library: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetches the full article from the web now, to read it offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the saved copy of the full article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the text shipped with the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens in your browser: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Astronaut profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump within this page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the library&apos;s articles with this tag or author: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing file: %1 is not there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not opened by SpaceReader: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words {words} · Headings {headings} · Links {links}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · Reading ease {score}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading ease: Flesch&apos;s for English, Kandel and Moles&apos; for French, from 0 (hard) to 100 (easy); about 60 reads like a newspaper. {minutes} min read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>⚠ %1: %Ln error(s) — see the top of the page</source>
        <translation>
            <numerusform>⚠ %1: %Ln error — see the top of the page</numerusform>
            <numerusform>⚠ %1: %Ln errors — see the top of the page</numerusform>
        </translation>
    </message>
    <message>
        <source>Indexing %1 of %2 articles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln article</numerusform>
            <numerusform>%Ln articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln astronaut(s)</source>
        <translation>
            <numerusform>%Ln astronaut</numerusform>
            <numerusform>%Ln astronauts</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ %1 with problems</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sepia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High Contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the System</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Nothing to show: no dated article or milestone matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SpaceReader timeline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} events</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TypographyPanel</name>
    <message>
        <source>Typography</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sans serif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A font of your choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Font</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen font</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line spacing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the default typography</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workbench</name>
    <message>
        <source>Could not start {editor}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened {name} at line {line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No application could open {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file manager could open {folder}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
