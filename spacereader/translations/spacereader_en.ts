<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>About</name>
    <message>
        <source>&lt;h3&gt;SpaceReader {version}&lt;/h3&gt;&lt;p&gt;A calm desktop reader for articles about space and the people who go there.&lt;/p&gt;&lt;p&gt;It never fetches anything by itself, and never writes to your articles.&lt;/p&gt;&lt;p&gt;Qt {qt} · PySide {pyside} · MIT licence&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SpaceReader {version}&lt;/h3&gt;&lt;p&gt;A calm desktop reader for articles about space and the people who go there.&lt;/p&gt;&lt;p&gt;It never fetches anything by itself, and never writes to your articles.&lt;/p&gt;&lt;p&gt;Qt {qt} · PySide {pyside} · MIT licence&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About SpaceReader</source>
        <translation>About SpaceReader</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Forward</translation>
    </message>
    <message>
        <source>Open Library…</source>
        <translation>Open Library…</translation>
    </message>
    <message>
        <source>Open File…</source>
        <translation>Open File…</translation>
    </message>
    <message>
        <source>Search Articles</source>
        <translation>Search Articles</translation>
    </message>
    <message>
        <source>Next Article</source>
        <translation>Next Article</translation>
    </message>
    <message>
        <source>Previous Article</source>
        <translation>Previous Article</translation>
    </message>
    <message>
        <source>Find in Article…</source>
        <translation>Find in Article…</translation>
    </message>
    <message>
        <source>Find Next</source>
        <translation>Find Next</translation>
    </message>
    <message>
        <source>Find Previous</source>
        <translation>Find Previous</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Outline</translation>
    </message>
    <message>
        <source>★ Favourite</source>
        <translation>★ Favourite</translation>
    </message>
    <message>
        <source>Keep this article among your favourites (Ctrl+D)</source>
        <translation>Keep this article among your favourites (Ctrl+D)</translation>
    </message>
    <message>
        <source>Export as HTML…</source>
        <translation>Export as HTML…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Export as PDF…</source>
        <translation>Export as PDF…</translation>
    </message>
    <message>
        <source>Mark as Finished</source>
        <translation>Mark as Finished</translation>
    </message>
    <message>
        <source>Mark as Unread</source>
        <translation>Mark as Unread</translation>
    </message>
    <message>
        <source>Typography…</source>
        <translation>Typography…</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Keyboard Shortcuts</translation>
    </message>
    <message>
        <source>About SpaceReader</source>
        <translation>About SpaceReader</translation>
    </message>
    <message>
        <source>Link Every Mention of an Astronaut</source>
        <translation>Link Every Mention of an Astronaut</translation>
    </message>
    <message>
        <source>Else only the first mention in each section is a link</source>
        <translation>Else only the first mention in each section is a link</translation>
    </message>
    <message>
        <source>Recent Libraries</source>
        <translation>Recent Libraries</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Astronaut Cards on Hover</source>
        <translation>Astronaut Cards on Hover</translation>
    </message>
    <message>
        <source>Open in Editor</source>
        <translation>Open in Editor</translation>
    </message>
    <message>
        <source>Open the article in your editor at the line in view (Ctrl+Shift+E)</source>
        <translation>Open the article in your editor at the line in view (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>Show in File Manager</source>
        <translation>Show in File Manager</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Save Full Article for Offline</source>
        <translation>Save Full Article for Offline</translation>
    </message>
    <message>
        <source>Fetch this article&apos;s full version from the web now, to read it offline</source>
        <translation>Fetch this article&apos;s full version from the web now, to read it offline</translation>
    </message>
    <message>
        <source>Show the Saved Copy</source>
        <translation>Show the Saved Copy</translation>
    </message>
    <message>
        <source>Save All Full Articles</source>
        <translation>Save All Full Articles</translation>
    </message>
    <message>
        <source>Cancel Saving</source>
        <translation>Cancel Saving</translation>
    </message>
    <message>
        <source>Saved Copies…</source>
        <translation>Saved Copies…</translation>
    </message>
    <message>
        <source>Keep Images of Saved Articles</source>
        <translation>Keep Images of Saved Articles</translation>
    </message>
    <message>
        <source>One more request per image, at most 20 images of 2 MB, 10 MB in all</source>
        <translation>One more request per image, at most 20 images of 2 MB, 10 MB in all</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Library</translation>
    </message>
    <message>
        <source>Bundled Library</source>
        <translation>Bundled Library</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>System Language</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>&amp;Article</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Larger Text</source>
        <translation>Larger Text</translation>
    </message>
    <message>
        <source>Smaller Text</source>
        <translation>Smaller Text</translation>
    </message>
    <message>
        <source>Actual Size</source>
        <translation>Actual Size</translation>
    </message>
    <message>
        <source>Reading Speed…</source>
        <translation>Reading Speed…</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
</context>
<context>
    <name>ArticlesPanel</name>
    <message>
        <source>Search titles, text, tags, authors, astronauts…  (Ctrl+K)</source>
        <translation>Search titles, text, tags, authors, astronauts…  (Ctrl+K)</translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation>Favourites</translation>
    </message>
    <message>
        <source>Only your favourites</source>
        <translation>Only your favourites</translation>
    </message>
    <message>
        <source>⚠ Problems</source>
        <translation>⚠ Problems</translation>
    </message>
    <message>
        <source>Only the articles with problems</source>
        <translation>Only the articles with problems</translation>
    </message>
    <message>
        <source>Search articles</source>
        <translation>Search articles</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Sort by column</source>
        <translation>Sort by column</translation>
    </message>
    <message>
        <source>Only the articles you have not opened, are reading, or have read</source>
        <translation>Only the articles you have not opened, are reading, or have read</translation>
    </message>
    <message>
        <source>Reading progress</source>
        <translation>Reading progress</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>All articles</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Unread</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
</context>
<context>
    <name>AstronautsPanel</name>
    <message>
        <source>Astronauts</source>
        <translation>Astronauts</translation>
    </message>
    <message>
        <source>Filter by name, agency or nationality</source>
        <translation>Filter by name, agency or nationality</translation>
    </message>
    <message>
        <source>Filter astronauts</source>
        <translation>Filter astronauts</translation>
    </message>
    <message>
        <source>By name</source>
        <translation>By name</translation>
    </message>
    <message>
        <source>By agency</source>
        <translation>By agency</translation>
    </message>
    <message>
        <source>By number of articles</source>
        <translation>By number of articles</translation>
    </message>
    <message>
        <source>Sort astronauts</source>
        <translation>Sort astronauts</translation>
    </message>
    <message>
        <source>Also list the profiles that no article of this library mentions</source>
        <translation>Also list the profiles that no article of this library mentions</translation>
    </message>
    <message>
        <source>Astronauts list</source>
        <translation>Astronauts list</translation>
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
        <translation>Mentioned only</translation>
    </message>
    <message>
        <source>Show all (1 more)</source>
        <translation>Show all (1 more)</translation>
    </message>
    <message>
        <source>Show all ({count} more)</source>
        <translation>Show all ({count} more)</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Something went wrong — SpaceReader</source>
        <translation>Something went wrong — SpaceReader</translation>
    </message>
    <message>
        <source>The details are in the log:</source>
        <translation>The details are in the log:</translation>
    </message>
    <message>
        <source>The log file could not be written; Copy Details keeps them.</source>
        <translation>The log file could not be written; Copy Details keeps them.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <source>SpaceReader keeps running.</source>
        <translation>SpaceReader keeps running.</translation>
    </message>
    <message>
        <source>Copy Details</source>
        <translation>Copy Details</translation>
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
        <translation>Copied</translation>
    </message>
</context>
<context>
    <name>FacetMenus</name>
    <message>
        <source>All tags</source>
        <translation>All tags</translation>
    </message>
    <message>
        <source>Only articles with this tag</source>
        <translation>Only articles with this tag</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>All astronauts</source>
        <translation>All astronauts</translation>
    </message>
    <message>
        <source>Only articles that mention this astronaut</source>
        <translation>Only articles that mention this astronaut</translation>
    </message>
    <message>
        <source>Astronaut</source>
        <translation>Astronaut</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>All languages</translation>
    </message>
    <message>
        <source>Only articles in this language</source>
        <translation>Only articles in this language</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Any time</translation>
    </message>
    <message>
        <source>Only articles from these years</source>
        <translation>Only articles from these years</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Years</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in article</source>
        <translation>Find in article</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Matches</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Previous match (Shift+F3)</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Next match (F3)</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>Close the find bar (Esc)</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>No matches</translation>
    </message>
    <message>
        <source>{current} of {total}</source>
        <translation>{current} of {total}</translation>
    </message>
</context>
<context>
    <name>HoverCard</name>
    <message>
        <source>Astronaut card</source>
        <translation>Astronaut card</translation>
    </message>
    <message>
        <source>Mentioned in 1 article</source>
        <translation>Mentioned in 1 article</translation>
    </message>
    <message>
        <source>Mentioned in {count} articles</source>
        <translation>Mentioned in {count} articles</translation>
    </message>
</context>
<context>
    <name>Indexer</name>
    <message>
        <source>Could not update the search index: %1</source>
        <translation>Could not update the search index: %1</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Lang</source>
        <translation>Lang</translation>
    </message>
    <message>
        <source>Astronauts</source>
        <translation>Astronauts</translation>
    </message>
</context>
<context>
    <name>LinkRouter</name>
    <message>
        <source>Not opened: there is no file {target} (moved or deleted?)</source>
        <translation>Not opened: there is no file {target} (moved or deleted?)</translation>
    </message>
    <message>
        <source>Opened in your browser: %1</source>
        <translation>Opened in your browser: %1</translation>
    </message>
    <message>
        <source>No browser could open %1</source>
        <translation>No browser could open %1</translation>
    </message>
    <message>
        <source>Not opened: %1 — only web links (http, https) leave the app</source>
        <translation>Not opened: %1 — only web links (http, https) leave the app</translation>
    </message>
    <message>
        <source>Not opened: only web links (http, https) leave the app</source>
        <translation>Not opened: only web links (http, https) leave the app</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Astronauts</source>
        <translation>Astronauts</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Reloaded %1</source>
        <translation>Reloaded %1</translation>
    </message>
    <message>
        <source>%1 — SpaceReader</source>
        <translation>%1 — SpaceReader</translation>
    </message>
    <message>
        <source>Open Library</source>
        <translation>Open Library</translation>
    </message>
    <message>
        <source>Open Article</source>
        <translation>Open Article</translation>
    </message>
    <message>
        <source>Markdown articles (*.md *.markdown);;All files (*)</source>
        <translation>Markdown articles (*.md *.markdown);;All files (*)</translation>
    </message>
    <message>
        <source>This is the last article in the list</source>
        <translation>This is the last article in the list</translation>
    </message>
    <message>
        <source>This is the first article in the list</source>
        <translation>This is the first article in the list</translation>
    </message>
    <message>
        <source>Added to your favourites</source>
        <translation>Added to your favourites</translation>
    </message>
    <message>
        <source>Removed from your favourites</source>
        <translation>Removed from your favourites</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>No astronaut profile has the id %1</source>
        <translation>No astronaut profile has the id %1</translation>
    </message>
    <message>
        <source>&lt;h1&gt;No articles here yet&lt;/h1&gt;&lt;p&gt;SpaceReader found no &lt;code&gt;.md&lt;/code&gt; files in &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Use &lt;b&gt;File › Open Library…&lt;/b&gt; to pick another folder.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;No articles here yet&lt;/h1&gt;&lt;p&gt;SpaceReader found no &lt;code&gt;.md&lt;/code&gt; files in &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Use &lt;b&gt;File › Open Library…&lt;/b&gt; to pick another folder.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No articles</source>
        <translation>No articles</translation>
    </message>
</context>
<context>
    <name>Offline</name>
    <message>
        <source>no article text was found on the page</source>
        <translation>no article text was found on the page</translation>
    </message>
    <message>
        <source>only http and https addresses are fetched, not {url}</source>
        <translation>only http and https addresses are fetched, not {url}</translation>
    </message>
    <message>
        <source>the page redirects to {url}, which is not a web address</source>
        <translation>the page redirects to {url}, which is not a web address</translation>
    </message>
    <message>
        <source>more than {count} redirects</source>
        <translation>more than {count} redirects</translation>
    </message>
    <message>
        <source>the page is larger than {size} MB</source>
        <translation>the page is larger than {size} MB</translation>
    </message>
    <message>
        <source>the page came in an encoding SpaceReader does not read ({encoding})</source>
        <translation>the page came in an encoding SpaceReader does not read ({encoding})</translation>
    </message>
    <message>
        <source>not an image SpaceReader shows</source>
        <translation>not an image SpaceReader shows</translation>
    </message>
    <message>
        <source>the link leads to a PDF document, not a web page: open it in your browser</source>
        <translation>the link leads to a PDF document, not a web page: open it in your browser</translation>
    </message>
    <message>
        <source>the link leads to an image, not a web page: open it in your browser</source>
        <translation>the link leads to an image, not a web page: open it in your browser</translation>
    </message>
    <message>
        <source>the link leads to {kind}, not a web page</source>
        <translation>the link leads to {kind}, not a web page</translation>
    </message>
    <message>
        <source>the page is not there (HTTP {code})</source>
        <translation>the page is not there (HTTP {code})</translation>
    </message>
    <message>
        <source>the site refused to send the page (HTTP {code})</source>
        <translation>the site refused to send the page (HTTP {code})</translation>
    </message>
    <message>
        <source>the site failed to send the page (HTTP {code})</source>
        <translation>the site failed to send the page (HTTP {code})</translation>
    </message>
    <message>
        <source>the site answered HTTP {code}</source>
        <translation>the site answered HTTP {code}</translation>
    </message>
    <message>
        <source>{host} could not be found: offline, or no such site</source>
        <translation>{host} could not be found: offline, or no such site</translation>
    </message>
    <message>
        <source>no answer from {host} in time ({seconds} s)</source>
        <translation>no answer from {host} in time ({seconds} s)</translation>
    </message>
    <message>
        <source>the certificate of {host} could not be verified</source>
        <translation>the certificate of {host} could not be verified</translation>
    </message>
    <message>
        <source>{host} refused the connection</source>
        <translation>{host} refused the connection</translation>
    </message>
    <message>
        <source>could not reach {host}: {detail}</source>
        <translation>could not reach {host}: {detail}</translation>
    </message>
    <message>
        <source>the article has no full_article link</source>
        <translation>the article has no full_article link</translation>
    </message>
    <message>
        <source>Could not save the full article: {why}</source>
        <translation>Could not save the full article: {why}</translation>
    </message>
    <message>
        <source>⤓ Save for offline</source>
        <translation>⤓ Save for offline</translation>
    </message>
    <message>
        <source>⟳ Save again</source>
        <translation>⟳ Save again</translation>
    </message>
    <message>
        <source>Read the saved copy</source>
        <translation>Read the saved copy</translation>
    </message>
    <message>
        <source>Show the text shipped with the article</source>
        <translation>Show the text shipped with the article</translation>
    </message>
    <message>
        <source>Saved copy · fetched on {date} from {site}</source>
        <translation>Saved copy · fetched on {date} from {site}</translation>
    </message>
    <message>
        <source>The last save failed ({why}); this copy is the one before.</source>
        <translation>The last save failed ({why}); this copy is the one before.</translation>
    </message>
</context>
<context>
    <name>OfflineCommands</name>
    <message>
        <source>Saving the full article of “{title}”…</source>
        <translation>Saving the full article of “{title}”…</translation>
    </message>
    <message>
        <source>Saving the library&apos;s full articles…</source>
        <translation>Saving the library&apos;s full articles…</translation>
    </message>
    <message>
        <source>Could not save “{title}”: {why}</source>
        <translation>Could not save “{title}”: {why}</translation>
    </message>
    <message>
        <source>Saved for offline: “{title}”</source>
        <translation>Saved for offline: “{title}”</translation>
    </message>
    <message>
        <source>Saving cancelled: {saved} saved, {failed} failed</source>
        <translation>Saving cancelled: {saved} saved, {failed} failed</translation>
    </message>
    <message>
        <source>Full articles saved: {saved} saved, {failed} failed</source>
        <translation>Full articles saved: {saved} saved, {failed} failed</translation>
    </message>
</context>
<context>
    <name>Outline</name>
    <message>
        <source>Outline</source>
        <translation>Outline</translation>
    </message>
    <message>
        <source>The article&apos;s sections: click one to go to it</source>
        <translation>The article&apos;s sections: click one to go to it</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Astronauts in this article</source>
        <translation>Astronauts in this article</translation>
    </message>
    <message>
        <source>By {author}</source>
        <translation>By {author}</translation>
    </message>
    <message>
        <source>1 min read</source>
        <translation>1 min read</translation>
    </message>
    <message>
        <source>{count} min read</source>
        <translation>{count} min read</translation>
    </message>
    <message>
        <source>Astronauts:</source>
        <translation>Astronauts:</translation>
    </message>
    <message>
        <source>Read the full article</source>
        <translation>Read the full article</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… and {count} more</translation>
    </message>
    <message>
        <source>{file} has problems:</source>
        <translation>{file} has problems:</translation>
    </message>
    <message>
        <source>Linked from 1 note</source>
        <translation>Linked from 1 note</translation>
    </message>
    <message>
        <source>Linked from {count} notes</source>
        <translation>Linked from {count} notes</translation>
    </message>
    <message>
        <source>born {date}</source>
        <translation>born {date}</translation>
    </message>
    <message>
        <source>Missions</source>
        <translation>Missions</translation>
    </message>
    <message>
        <source>Social accounts</source>
        <translation>Social accounts</translation>
    </message>
    <message>
        <source>{network}: {handle}</source>
        <translation>{network}: {handle}</translation>
    </message>
    <message>
        <source>{figure} million followers (as of {date})</source>
        <translation>{figure} million followers (as of {date})</translation>
    </message>
    <message>
        <source>{count} followers (as of {date})</source>
        <translation>{count} followers (as of {date})</translation>
    </message>
    <message>
        <source>Followers over time</source>
        <translation>Followers over time</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Milestones</translation>
    </message>
    <message>
        <source>No article of this library mentions them yet.</source>
        <translation>No article of this library mentions them yet.</translation>
    </message>
    <message>
        <source>Mentioned in</source>
        <translation>Mentioned in</translation>
    </message>
    <message>
        <source>Mentioned in 1 article</source>
        <translation>Mentioned in 1 article</translation>
    </message>
    <message>
        <source>Mentioned in {count} articles</source>
        <translation>Mentioned in {count} articles</translation>
    </message>
    <message>
        <source>Show more ({count} not listed)</source>
        <translation>Show more ({count} not listed)</translation>
    </message>
</context>
<context>
    <name>Paper</name>
    <message>
        <source>Export as HTML</source>
        <translation>Export as HTML</translation>
    </message>
    <message>
        <source>HTML pages (*.html *.htm)</source>
        <translation>HTML pages (*.html *.htm)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exported to %1</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Export as PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Could not write {file}: {reason}</source>
        <translation>Could not write {file}: {reason}</translation>
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
        <translation>Print</translation>
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
        <translation>error</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message>
        <source>{severity}: line {line}: {message}</source>
        <translation>{severity}: line {line}: {message}</translation>
    </message>
    <message>
        <source>{severity}: {message}</source>
        <translation>{severity}: {message}</translation>
    </message>
    <message>
        <source>the article is shown as plain text</source>
        <translation>the article is shown as plain text</translation>
    </message>
    <message>
        <source>cannot be read: {reason}</source>
        <translation>cannot be read: {reason}</translation>
    </message>
    <message>
        <source>not a regular file (a pipe, device or folder)</source>
        <translation>not a regular file (a pipe, device or folder)</translation>
    </message>
    <message>
        <source>file is too large ({size} MB; the limit is {limit} MB)</source>
        <translation>file is too large ({size} MB; the limit is {limit} MB)</translation>
    </message>
    <message>
        <source>not a text file (it contains binary data)</source>
        <translation>not a text file (it contains binary data)</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <source>a symbolic link to a file outside the library ({target}); it is not read</source>
        <translation>a symbolic link to a file outside the library ({target}); it is not read</translation>
    </message>
    <message>
        <source>reading this file stopped or hung the process that read it; it is left out until it changes</source>
        <translation>reading this file stopped or hung the process that read it; it is left out until it changes</translation>
    </message>
    <message>
        <source>could not be read ({reason})</source>
        <translation>could not be read ({reason})</translation>
    </message>
    <message>
        <source>not valid UTF-8; read as Windows-1252 (cp1252)</source>
        <translation>not valid UTF-8; read as Windows-1252 (cp1252)</translation>
    </message>
    <message>
        <source>encoded as UTF-16; save it as UTF-8</source>
        <translation>encoded as UTF-16; save it as UTF-8</translation>
    </message>
    <message>
        <source>encoded as UTF-16 (with no byte-order mark); save it as UTF-8</source>
        <translation>encoded as UTF-16 (with no byte-order mark); save it as UTF-8</translation>
    </message>
    <message>
        <source>not a text file: broken UTF-16</source>
        <translation>not a text file: broken UTF-16</translation>
    </message>
    <message>
        <source>the file name is not valid UTF-8 (it shows as {name}); rename the file</source>
        <translation>the file name is not valid UTF-8 (it shows as {name}); rename the file</translation>
    </message>
    <message>
        <source>the file name holds a line break or another invisible control character (it shows as {name}); rename the file</source>
        <translation>the file name holds a line break or another invisible control character (it shows as {name}); rename the file</translation>
    </message>
    <message>
        <source>front matter opened with `{opener}` is never closed (add a `{closer}` line after it)</source>
        <translation>front matter opened with `{opener}` is never closed (add a `{closer}` line after it)</translation>
    </message>
    <message>
        <source>front matter is not valid YAML: {reason}</source>
        <translation>front matter is not valid YAML: {reason}</translation>
    </message>
    <message>
        <source>a quoted value opened here with {quote} is never closed: end it with {quote} on this line</source>
        <translation>a quoted value opened here with {quote} is never closed: end it with {quote} on this line</translation>
    </message>
    <message>
        <source>a tab in the front matter: YAML indents and separates with spaces only; use spaces</source>
        <translation>a tab in the front matter: YAML indents and separates with spaces only; use spaces</translation>
    </message>
    <message>
        <source>this line is indented unlike the lines above it, or holds a `: ` in an unquoted value: line it up with its neighbours, or put the value in quotes</source>
        <translation>this line is indented unlike the lines above it, or holds a `: ` in an unquoted value: line it up with its neighbours, or put the value in quotes</translation>
    </message>
    <message>
        <source>front matter is not valid TOML: {reason}</source>
        <translation>front matter is not valid TOML: {reason}</translation>
    </message>
    <message>
        <source>front matter is ignored: it uses YAML aliases (*name), which SpaceReader does not expand</source>
        <translation>front matter is ignored: it uses YAML aliases (*name), which SpaceReader does not expand</translation>
    </message>
    <message>
        <source>front matter is ignored: the YAML tag {tag} is not supported (only plain values are read)</source>
        <translation>front matter is ignored: the YAML tag {tag} is not supported (only plain values are read)</translation>
    </message>
    <message>
        <source>front matter is ignored: it must be `key: value` lines, not {kind}</source>
        <translation>front matter is ignored: it must be `key: value` lines, not {kind}</translation>
    </message>
    <message>
        <source>`{key}` should be text, not {kind}; it is ignored</source>
        <translation>`{key}` should be text, not {kind}; it is ignored</translation>
    </message>
    <message>
        <source>`{key}` should be a list of words, not {kind}; it is ignored</source>
        <translation>`{key}` should be a list of words, not {kind}; it is ignored</translation>
    </message>
    <message>
        <source>`title` should be text, not {kind}</source>
        <translation>`title` should be text, not {kind}</translation>
    </message>
    <message>
        <source>`date` is not an ISO date or date-time (like 2021-03-14): {value}</source>
        <translation>`date` is not an ISO date or date-time (like 2021-03-14): {value}</translation>
    </message>
    <message>
        <source>`date` {value} is in the future: correct it, or silence the rule for an article written ahead</source>
        <translation>`date` {value} is in the future: correct it, or silence the rule for an article written ahead</translation>
    </message>
    <message>
        <source>`lang` {value} is not a language code: write one like en, fr or pt-BR (BCP 47)</source>
        <translation>`lang` {value} is not a language code: write one like en, fr or pt-BR (BCP 47)</translation>
    </message>
    <message>
        <source>no summary: add `summary:` to the front matter, one or two sentences for the library</source>
        <translation>no summary: add `summary:` to the front matter, one or two sentences for the library</translation>
    </message>
    <message>
        <source>`full_article` is an http: address, which is not encrypted: use https: if the site has it</source>
        <translation>`full_article` is an http: address, which is not encrypted: use https: if the site has it</translation>
    </message>
    <message>
        <source>another article has the same title ({other}): give each article a title of its own</source>
        <translation>another article has the same title ({other}): give each article a title of its own</translation>
    </message>
    <message>
        <source>`lint-ignore` names no rule {id}: write a rule id as check prints it</source>
        <translation>`lint-ignore` names no rule {id}: write a rule id as check prints it</translation>
    </message>
    <message>
        <source>`full_article` must be an http(s) URL, not {value}</source>
        <translation>`full_article` must be an http(s) URL, not {value}</translation>
    </message>
    <message>
        <source>unknown astronaut {id} in `astronauts:` (no profile has that id)</source>
        <translation>unknown astronaut {id} in `astronauts:` (no profile has that id)</translation>
    </message>
    <message>
        <source>link points to a missing file: {target}</source>
        <translation>link points to a missing file: {target}</translation>
    </message>
    <message>
        <source>image points to a missing file: {target}</source>
        <translation>image points to a missing file: {target}</translation>
    </message>
    <message>
        <source>image {target} has no alt text: say what it shows between the brackets, ![like this]({target})</source>
        <translation>image {target} has no alt text: say what it shows between the brackets, ![like this]({target})</translation>
    </message>
    <message>
        <source>link to #{anchor}, which no heading has: link to a heading&apos;s anchor, like #{example}</source>
        <translation>link to #{anchor}, which no heading has: link to a heading&apos;s anchor, like #{example}</translation>
    </message>
    <message>
        <source>heading of level {level} after one of level {previous}: use level {expected} here</source>
        <translation>heading of level {level} after one of level {previous}: use level {expected} here</translation>
    </message>
    <message>
        <source>quotes and lists nested {levels} deep (the limit is {limit}); {plain}</source>
        <translation>quotes and lists nested {levels} deep (the limit is {limit}); {plain}</translation>
    </message>
    <message>
        <source>more than {limit} `[` brackets nested or left open in a paragraph; {plain}</source>
        <translation>more than {limit} `[` brackets nested or left open in a paragraph; {plain}</translation>
    </message>
    <message>
        <source>more than {limit} spaces in a row on a line; {plain}</source>
        <translation>more than {limit} spaces in a row on a line; {plain}</translation>
    </message>
    <message>
        <source>more than {limit} `{{` braces left open on a line; {plain}</source>
        <translation>more than {limit} `{{` braces left open on a line; {plain}</translation>
    </message>
    <message>
        <source>more than {limit} `&amp;` characters (or no-break spaces) in a paragraph; {plain}</source>
        <translation>more than {limit} `&amp;` characters (or no-break spaces) in a paragraph; {plain}</translation>
    </message>
    <message>
        <source>more than {limit} HTML tags nested or left open; {plain}</source>
        <translation>more than {limit} HTML tags nested or left open; {plain}</translation>
    </message>
    <message>
        <source>tables nested {levels} deep (the limit is {limit}); {plain}</source>
        <translation>tables nested {levels} deep (the limit is {limit}); {plain}</translation>
    </message>
    <message>
        <source>too deeply nested to format; {plain}</source>
        <translation>too deeply nested to format; {plain}</translation>
    </message>
    <message>
        <source>took more than {seconds} seconds to format; {plain}</source>
        <translation>took more than {seconds} seconds to format; {plain}</translation>
    </message>
    <message>
        <source>profile is not valid YAML: {reason}</source>
        <translation>profile is not valid YAML: {reason}</translation>
    </message>
    <message>
        <source>profile file name must be a lowercase ASCII slug like chris-hadfield.yaml, not {name}</source>
        <translation>profile file name must be a lowercase ASCII slug like chris-hadfield.yaml, not {name}</translation>
    </message>
    <message>
        <source>profile must be `key: value` lines</source>
        <translation>profile must be `key: value` lines</translation>
    </message>
    <message>
        <source>profile has no `name`</source>
        <translation>profile has no `name`</translation>
    </message>
    <message>
        <source>`id` {id} differs from the file name; the file name wins</source>
        <translation>`id` {id} differs from the file name; the file name wins</translation>
    </message>
    <message>
        <source>`{key}` should be text</source>
        <translation>`{key}` should be text</translation>
    </message>
    <message>
        <source>`{key}`: {count} entries without `{required}` are ignored</source>
        <translation>`{key}`: {count} entries without `{required}` are ignored</translation>
    </message>
    <message>
        <source>social account url must be http(s), not {url}</source>
        <translation>social account url must be http(s), not {url}</translation>
    </message>
    <message>
        <source>`followers` needs a whole number and a `followers_as_of` date; it is ignored</source>
        <translation>`followers` needs a whole number and a `followers_as_of` date; it is ignored</translation>
    </message>
    <message>
        <source>`{key}` should be YYYY, YYYY-MM or YYYY-MM-DD, not {value}</source>
        <translation>`{key}` should be YYYY, YYYY-MM or YYYY-MM-DD, not {value}</translation>
    </message>
    <message>
        <source>`{key}`: these entries are not a language code (en, fr, …) with its text and are ignored: {entries}</source>
        <translation>`{key}`: these entries are not a language code (en, fr, …) with its text and are ignored: {entries}</translation>
    </message>
    <message>
        <source>the library&apos;s articles are in English and French, but these fields are in one language only: {keys} (write them as `summary: {{en: …, fr: …}}`)</source>
        <translation>the library&apos;s articles are in English and French, but these fields are in one language only: {keys} (write them as `summary: {{en: …, fr: …}}`)</translation>
    </message>
    <message>
        <source>the portrait {name} leads outside its folder; the initials show instead</source>
        <translation>the portrait {name} leads outside its folder; the initials show instead</translation>
    </message>
    <message>
        <source>the portrait {name} is larger than {limit} MB; the initials show instead</source>
        <translation>the portrait {name} is larger than {limit} MB; the initials show instead</translation>
    </message>
    <message>
        <source>the portrait {name} is not a file that can be read; the initials show instead</source>
        <translation>the portrait {name} is not a file that can be read; the initials show instead</translation>
    </message>
    <message>
        <source>wiki link to nothing: no note or file of the library is named {name}; it shows as plain text</source>
        <translation>wiki link to nothing: no note or file of the library is named {name}; it shows as plain text</translation>
    </message>
    <message>
        <source>embed of nothing: no file of the library is named {name}</source>
        <translation>embed of nothing: no file of the library is named {name}</translation>
    </message>
    <message>
        <source>the shortcode {name} is opened and never closed (add {closing} after its text)</source>
        <translation>the shortcode {name} is opened and never closed (add {closing} after its text)</translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation>a mapping</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>a list</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <source>a line of text</source>
        <translation>a line of text</translation>
    </message>
    <message>
        <source>no such file (moved or deleted?)</source>
        <translation>no such file (moved or deleted?)</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permission denied</translation>
    </message>
    <message>
        <source>a symbolic link that leads back to itself</source>
        <translation>a symbolic link that leads back to itself</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Problems in this article</source>
        <translation>Problems in this article</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Columns of the problems</source>
        <translation>Columns of the problems</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message>
        <source>No problems in this article</source>
        <translation>No problems in this article</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Unread</source>
        <translation>Unread</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>{percent} % read</source>
        <translation>{percent} % read</translation>
    </message>
    <message>
        <source>End of the article</source>
        <translation>End of the article</translation>
    </message>
    <message>
        <source>{percent} % · {minutes} min left</source>
        <translation>{percent} % · {minutes} min left</translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
</context>
<context>
    <name>ReaderPane</name>
    <message>
        <source>Time left in the article</source>
        <translation>Time left in the article</translation>
    </message>
</context>
<context>
    <name>ReadingProgress</name>
    <message>
        <source>Reading Speed</source>
        <translation>Reading Speed</translation>
    </message>
    <message>
        <source>Words you read in a minute (the time left is counted from it):</source>
        <translation>Words you read in a minute (the time left is counted from it):</translation>
    </message>
</context>
<context>
    <name>SaveProgress</name>
    <message>
        <source>Saving full articles</source>
        <translation>Saving full articles</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancel saving full articles</source>
        <translation>Cancel saving full articles</translation>
    </message>
</context>
<context>
    <name>SavedCopiesDialog</name>
    <message>
        <source>Saved Copies</source>
        <translation>Saved Copies</translation>
    </message>
    <message>
        <source>Saved copies of full articles</source>
        <translation>Saved copies of full articles</translation>
    </message>
    <message>
        <source>Saved copies</source>
        <translation>Saved copies</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Fetched</source>
        <translation>Fetched</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Last save</source>
        <translation>Last save</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete the selected saved copies</source>
        <translation>Delete the selected saved copies</translation>
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
        <translation>never</translation>
    </message>
    <message>
        <source>failed: {why}</source>
        <translation>failed: {why}</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>saved</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Search the library</source>
        <translation>Search the library</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Keyboard Shortcuts</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Command</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Bundled library: {name}</source>
        <translation>Bundled library: {name}</translation>
    </message>
    <message>
        <source>Writing statistics</source>
        <translation>Writing statistics</translation>
    </message>
    <message>
        <source>Fetches the full article from the web now, to read it offline</source>
        <translation>Fetches the full article from the web now, to read it offline</translation>
    </message>
    <message>
        <source>Shows the saved copy of the full article</source>
        <translation>Shows the saved copy of the full article</translation>
    </message>
    <message>
        <source>Shows the text shipped with the article</source>
        <translation>Shows the text shipped with the article</translation>
    </message>
    <message>
        <source>Opens in your browser: %1</source>
        <translation>Opens in your browser: %1</translation>
    </message>
    <message>
        <source>Astronaut profile: %1</source>
        <translation>Astronaut profile: %1</translation>
    </message>
    <message>
        <source>Article: %1</source>
        <translation>Article: %1</translation>
    </message>
    <message>
        <source>Jump within this page</source>
        <translation>Jump within this page</translation>
    </message>
    <message>
        <source>Show the library&apos;s articles with this tag or author: %1</source>
        <translation>Show the library&apos;s articles with this tag or author: %1</translation>
    </message>
    <message>
        <source>Missing file: %1 is not there</source>
        <translation>Missing file: %1 is not there</translation>
    </message>
    <message>
        <source>Not opened by SpaceReader: %1</source>
        <translation>Not opened by SpaceReader: %1</translation>
    </message>
    <message>
        <source>Words {words} · Headings {headings} · Links {links}</source>
        <translation>Words {words} · Headings {headings} · Links {links}</translation>
    </message>
    <message>
        <source> · Reading ease {score}</source>
        <translation> · Reading ease {score}</translation>
    </message>
    <message>
        <source>Reading ease: Flesch&apos;s for English, Kandel and Moles&apos; for French, from 0 (hard) to 100 (easy); about 60 reads like a newspaper. {minutes} min read.</source>
        <translation>Reading ease: Flesch&apos;s for English, Kandel and Moles&apos; for French, from 0 (hard) to 100 (easy); about 60 reads like a newspaper. {minutes} min read.</translation>
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
        <translation>Indexing %1 of %2 articles…</translation>
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
        <translation>⚠ %1 with problems</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Sepia</source>
        <translation>Sepia</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>High Contrast</source>
        <translation>High Contrast</translation>
    </message>
    <message>
        <source>Follow the System</source>
        <translation>Follow the System</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Nothing to show: no dated article or milestone matches.</source>
        <translation>Nothing to show: no dated article or milestone matches.</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>SpaceReader timeline</source>
        <translation>SpaceReader timeline</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>1 event</source>
        <translation>1 event</translation>
    </message>
    <message>
        <source>{count} events</source>
        <translation>{count} events</translation>
    </message>
</context>
<context>
    <name>TypographyPanel</name>
    <message>
        <source>Typography</source>
        <translation>Typography</translation>
    </message>
    <message>
        <source>Serif</source>
        <translation>Serif</translation>
    </message>
    <message>
        <source>Sans serif</source>
        <translation>Sans serif</translation>
    </message>
    <message>
        <source>A font of your choice</source>
        <translation>A font of your choice</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> characters</translation>
    </message>
    <message>
        <source>Font</source>
        <translation>Font</translation>
    </message>
    <message>
        <source>Chosen font</source>
        <translation>Chosen font</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Text size</translation>
    </message>
    <message>
        <source>Line width</source>
        <translation>Line width</translation>
    </message>
    <message>
        <source>Line spacing</source>
        <translation>Line spacing</translation>
    </message>
    <message>
        <source>{name}:</source>
        <translation>{name}:</translation>
    </message>
    <message>
        <source>Restore the default typography</source>
        <translation>Restore the default typography</translation>
    </message>
</context>
<context>
    <name>Workbench</name>
    <message>
        <source>Could not start {editor}: {reason}</source>
        <translation>Could not start {editor}: {reason}</translation>
    </message>
    <message>
        <source>Opened {name} at line {line}</source>
        <translation>Opened {name} at line {line}</translation>
    </message>
    <message>
        <source>No application could open {name}</source>
        <translation>No application could open {name}</translation>
    </message>
    <message>
        <source>No file manager could open {folder}</source>
        <translation>No file manager could open {folder}</translation>
    </message>
</context>
</TS>
