<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>About</name>
    <message>
        <source>&lt;h3&gt;SpaceReader {version}&lt;/h3&gt;&lt;p&gt;A calm desktop reader for articles about space and the people who go there.&lt;/p&gt;&lt;p&gt;It never fetches anything by itself, and never writes to your articles.&lt;/p&gt;&lt;p&gt;Qt {qt} · PySide {pyside} · MIT licence&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SpaceReader {version}&lt;/h3&gt;&lt;p&gt;Un lecteur paisible d’articles sur l’espace et celles et ceux qui y vont.&lt;/p&gt;&lt;p&gt;Il ne télécharge jamais rien de lui-même et n’écrit jamais dans vos articles.&lt;/p&gt;&lt;p&gt;Qt {qt} · PySide {pyside} · licence MIT&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About SpaceReader</source>
        <translation>À propos de SpaceReader</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Open Library…</source>
        <translation>Ouvrir une bibliothèque…</translation>
    </message>
    <message>
        <source>Open File…</source>
        <translation>Ouvrir un fichier…</translation>
    </message>
    <message>
        <source>Search Articles</source>
        <translation>Rechercher dans les articles</translation>
    </message>
    <message>
        <source>Next Article</source>
        <translation>Article suivant</translation>
    </message>
    <message>
        <source>Previous Article</source>
        <translation>Article précédent</translation>
    </message>
    <message>
        <source>Find in Article…</source>
        <translation>Chercher dans l’article…</translation>
    </message>
    <message>
        <source>Find Next</source>
        <translation>Occurrence suivante</translation>
    </message>
    <message>
        <source>Find Previous</source>
        <translation>Occurrence précédente</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>★ Favourite</source>
        <translation>★ Favori</translation>
    </message>
    <message>
        <source>Keep this article among your favourites (Ctrl+D)</source>
        <translation>Garder cet article parmi vos favoris (Ctrl+D)</translation>
    </message>
    <message>
        <source>Export as HTML…</source>
        <translation>Exporter en HTML…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Export as PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <source>Mark as Finished</source>
        <translation>Marquer comme lu</translation>
    </message>
    <message>
        <source>Mark as Unread</source>
        <translation>Marquer comme non lu</translation>
    </message>
    <message>
        <source>Typography…</source>
        <translation>Typographie…</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>About SpaceReader</source>
        <translation>À propos de SpaceReader</translation>
    </message>
    <message>
        <source>Link Every Mention of an Astronaut</source>
        <translation>Lier chaque mention d’un astronaute</translation>
    </message>
    <message>
        <source>Else only the first mention in each section is a link</source>
        <translation>Sinon seule la première mention de chaque partie est un lien</translation>
    </message>
    <message>
        <source>Recent Libraries</source>
        <translation>Bibliothèques récentes</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Astronaut Cards on Hover</source>
        <translation>Fiches d’astronautes au survol</translation>
    </message>
    <message>
        <source>Open in Editor</source>
        <translation>Ouvrir dans l’éditeur</translation>
    </message>
    <message>
        <source>Open the article in your editor at the line in view (Ctrl+Shift+E)</source>
        <translation>Ouvrir l’article dans votre éditeur à la ligne affichée (Ctrl+Maj+E)</translation>
    </message>
    <message>
        <source>Show in File Manager</source>
        <translation>Afficher dans le gestionnaire de fichiers</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Save Full Article for Offline</source>
        <translation>Enregistrer l’article complet hors ligne</translation>
    </message>
    <message>
        <source>Fetch this article&apos;s full version from the web now, to read it offline</source>
        <translation>Télécharger maintenant la version complète de cet article, pour la lire hors ligne</translation>
    </message>
    <message>
        <source>Show the Saved Copy</source>
        <translation>Afficher la copie enregistrée</translation>
    </message>
    <message>
        <source>Save All Full Articles</source>
        <translation>Enregistrer tous les articles complets</translation>
    </message>
    <message>
        <source>Cancel Saving</source>
        <translation>Annuler l’enregistrement</translation>
    </message>
    <message>
        <source>Saved Copies…</source>
        <translation>Copies enregistrées…</translation>
    </message>
    <message>
        <source>Keep Images of Saved Articles</source>
        <translation>Garder les images des articles enregistrés</translation>
    </message>
    <message>
        <source>One more request per image, at most 20 images of 2 MB, 10 MB in all</source>
        <translation>Une requête de plus par image, au plus 20 images de 2 Mo, 10 Mo en tout</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Bibliothèque</translation>
    </message>
    <message>
        <source>Bundled Library</source>
        <translation>Bibliothèque fournie</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>&amp;Article</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Afficha&amp;ge</translation>
    </message>
    <message>
        <source>Larger Text</source>
        <translation>Texte plus grand</translation>
    </message>
    <message>
        <source>Smaller Text</source>
        <translation>Texte plus petit</translation>
    </message>
    <message>
        <source>Actual Size</source>
        <translation>Taille normale</translation>
    </message>
    <message>
        <source>Reading Speed…</source>
        <translation>Vitesse de lecture…</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
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
        <translation>Rechercher titres, texte, mots-clés, auteurs, astronautes…  (Ctrl+K)</translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation>Favoris</translation>
    </message>
    <message>
        <source>Only your favourites</source>
        <translation>Seulement vos favoris</translation>
    </message>
    <message>
        <source>⚠ Problems</source>
        <translation>⚠ Problèmes</translation>
    </message>
    <message>
        <source>Only the articles with problems</source>
        <translation>Seulement les articles qui ont des problèmes</translation>
    </message>
    <message>
        <source>Search articles</source>
        <translation>Rechercher dans les articles</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Sort by column</source>
        <translation>Trier par colonne</translation>
    </message>
    <message>
        <source>Only the articles you have not opened, are reading, or have read</source>
        <translation>Seulement les articles que vous n’avez pas ouverts, que vous lisez ou que vous avez lus</translation>
    </message>
    <message>
        <source>Reading progress</source>
        <translation>Progression de lecture</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Non lus</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Lus</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>AstronautsPanel</name>
    <message>
        <source>Astronauts</source>
        <translation>Astronautes</translation>
    </message>
    <message>
        <source>Filter by name, agency or nationality</source>
        <translation>Filtrer par nom, agence ou nationalité</translation>
    </message>
    <message>
        <source>Filter astronauts</source>
        <translation>Filtrer les astronautes</translation>
    </message>
    <message>
        <source>By name</source>
        <translation>Par nom</translation>
    </message>
    <message>
        <source>By agency</source>
        <translation>Par agence</translation>
    </message>
    <message>
        <source>By number of articles</source>
        <translation>Par nombre d’articles</translation>
    </message>
    <message>
        <source>Sort astronauts</source>
        <translation>Trier les astronautes</translation>
    </message>
    <message>
        <source>Also list the profiles that no article of this library mentions</source>
        <translation>Lister aussi les profils qu’aucun article de cette bibliothèque ne cite</translation>
    </message>
    <message>
        <source>Astronauts list</source>
        <translation>Liste des astronautes</translation>
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
        <translation>Seulement les cités</translation>
    </message>
    <message>
        <source>Show all (1 more)</source>
        <translation>Tout afficher (1 de plus)</translation>
    </message>
    <message>
        <source>Show all ({count} more)</source>
        <translation>Tout afficher ({count} de plus)</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Something went wrong — SpaceReader</source>
        <translation>Un problème est survenu — SpaceReader</translation>
    </message>
    <message>
        <source>The details are in the log:</source>
        <translation>Les détails sont dans le journal :</translation>
    </message>
    <message>
        <source>The log file could not be written; Copy Details keeps them.</source>
        <translation>Le journal n’a pas pu être écrit ; « Copier les détails » les conserve.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <source>SpaceReader keeps running.</source>
        <translation>SpaceReader continue de fonctionner.</translation>
    </message>
    <message>
        <source>Copy Details</source>
        <translation>Copier les détails</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more error(s) since this one, also in the log.</source>
        <translation>
            <numerusform>%Ln autre erreur depuis celle-ci, aussi dans le journal.</numerusform>
            <numerusform>%Ln autres erreurs depuis celle-ci, aussi dans le journal.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>FacetMenus</name>
    <message>
        <source>All tags</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <source>Only articles with this tag</source>
        <translation>Seulement les articles avec ce mot-clé</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Mot-clé</translation>
    </message>
    <message>
        <source>All astronauts</source>
        <translation>Astronautes</translation>
    </message>
    <message>
        <source>Only articles that mention this astronaut</source>
        <translation>Seulement les articles qui citent cet astronaute</translation>
    </message>
    <message>
        <source>Astronaut</source>
        <translation>Astronaute</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Only articles in this language</source>
        <translation>Seulement les articles dans cette langue</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Années</translation>
    </message>
    <message>
        <source>Only articles from these years</source>
        <translation>Seulement les articles de ces années</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Années</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in article</source>
        <translation>Chercher dans l’article</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Occurrences</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Occurrence précédente (Maj+F3)</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Occurrence suivante (F3)</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>Fermer la barre de recherche (Échap)</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Aucune occurrence</translation>
    </message>
    <message>
        <source>{current} of {total}</source>
        <translation>{current} sur {total}</translation>
    </message>
</context>
<context>
    <name>HoverCard</name>
    <message>
        <source>Astronaut card</source>
        <translation>Fiche d’astronaute</translation>
    </message>
    <message>
        <source>Mentioned in 1 article</source>
        <translation>Cité dans 1 article</translation>
    </message>
    <message>
        <source>Mentioned in {count} articles</source>
        <translation>Cité dans {count} articles</translation>
    </message>
</context>
<context>
    <name>Indexer</name>
    <message>
        <source>Could not update the search index: %1</source>
        <translation>Impossible de mettre à jour l’index de recherche : %1</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Lang</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Astronauts</source>
        <translation>Astronautes</translation>
    </message>
</context>
<context>
    <name>LinkRouter</name>
    <message>
        <source>Not opened: there is no file {target} (moved or deleted?)</source>
        <translation>Non ouvert : il n’y a pas de fichier {target} (déplacé ou supprimé ?)</translation>
    </message>
    <message>
        <source>Opened in your browser: %1</source>
        <translation>Ouvert dans votre navigateur : %1</translation>
    </message>
    <message>
        <source>No browser could open %1</source>
        <translation>Aucun navigateur n’a pu ouvrir %1</translation>
    </message>
    <message>
        <source>Not opened: %1 — only web links (http, https) leave the app</source>
        <translation>Non ouvert : %1 — seuls les liens web (http, https) quittent l’application</translation>
    </message>
    <message>
        <source>Not opened: only web links (http, https) leave the app</source>
        <translation>Non ouvert : seuls les liens web (http, https) quittent l’application</translation>
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
        <translation>Astronautes</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Reloaded %1</source>
        <translation>%1 rechargé</translation>
    </message>
    <message>
        <source>%1 — SpaceReader</source>
        <translation>%1 — SpaceReader</translation>
    </message>
    <message>
        <source>Open Library</source>
        <translation>Ouvrir une bibliothèque</translation>
    </message>
    <message>
        <source>Open Article</source>
        <translation>Ouvrir un article</translation>
    </message>
    <message>
        <source>Markdown articles (*.md *.markdown);;All files (*)</source>
        <translation>Articles Markdown (*.md *.markdown);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>This is the last article in the list</source>
        <translation>C’est le dernier article de la liste</translation>
    </message>
    <message>
        <source>This is the first article in the list</source>
        <translation>C’est le premier article de la liste</translation>
    </message>
    <message>
        <source>Added to your favourites</source>
        <translation>Ajouté à vos favoris</translation>
    </message>
    <message>
        <source>Removed from your favourites</source>
        <translation>Retiré de vos favoris</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>No astronaut profile has the id %1</source>
        <translation>Aucun profil d’astronaute n’a l’identifiant %1</translation>
    </message>
    <message>
        <source>&lt;h1&gt;No articles here yet&lt;/h1&gt;&lt;p&gt;SpaceReader found no &lt;code&gt;.md&lt;/code&gt; files in &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Use &lt;b&gt;File › Open Library…&lt;/b&gt; to pick another folder.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;Pas encore d’articles ici&lt;/h1&gt;&lt;p&gt;SpaceReader n’a trouvé aucun fichier &lt;code&gt;.md&lt;/code&gt; dans &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Choisissez un autre dossier avec &lt;b&gt;Fichier › Ouvrir une bibliothèque…&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No articles</source>
        <translation>Aucun article</translation>
    </message>
</context>
<context>
    <name>Offline</name>
    <message>
        <source>no article text was found on the page</source>
        <translation>aucun texte d’article n’a été trouvé sur la page</translation>
    </message>
    <message>
        <source>only http and https addresses are fetched, not {url}</source>
        <translation>seules les adresses http et https sont téléchargées, pas {url}</translation>
    </message>
    <message>
        <source>the page redirects to {url}, which is not a web address</source>
        <translation>la page redirige vers {url}, qui n’est pas une adresse web</translation>
    </message>
    <message>
        <source>more than {count} redirects</source>
        <translation>plus de {count} redirections</translation>
    </message>
    <message>
        <source>the page is larger than {size} MB</source>
        <translation>la page dépasse {size} Mo</translation>
    </message>
    <message>
        <source>the page came in an encoding SpaceReader does not read ({encoding})</source>
        <translation>la page est arrivée dans un encodage que SpaceReader ne lit pas ({encoding})</translation>
    </message>
    <message>
        <source>not an image SpaceReader shows</source>
        <translation>pas une image que SpaceReader affiche</translation>
    </message>
    <message>
        <source>the link leads to a PDF document, not a web page: open it in your browser</source>
        <translation>le lien mène à un document PDF, pas à une page web : ouvrez-le dans votre navigateur</translation>
    </message>
    <message>
        <source>the link leads to an image, not a web page: open it in your browser</source>
        <translation>le lien mène à une image, pas à une page web : ouvrez-le dans votre navigateur</translation>
    </message>
    <message>
        <source>the link leads to {kind}, not a web page</source>
        <translation>le lien mène à {kind}, pas à une page web</translation>
    </message>
    <message>
        <source>the page is not there (HTTP {code})</source>
        <translation>la page n’existe pas (HTTP {code})</translation>
    </message>
    <message>
        <source>the site refused to send the page (HTTP {code})</source>
        <translation>le site a refusé d’envoyer la page (HTTP {code})</translation>
    </message>
    <message>
        <source>the site failed to send the page (HTTP {code})</source>
        <translation>le site n’a pas réussi à envoyer la page (HTTP {code})</translation>
    </message>
    <message>
        <source>the site answered HTTP {code}</source>
        <translation>le site a répondu HTTP {code}</translation>
    </message>
    <message>
        <source>{host} could not be found: offline, or no such site</source>
        <translation>{host} introuvable : hors ligne, ou site inexistant</translation>
    </message>
    <message>
        <source>no answer from {host} in time ({seconds} s)</source>
        <translation>pas de réponse de {host} à temps ({seconds} s)</translation>
    </message>
    <message>
        <source>the certificate of {host} could not be verified</source>
        <translation>le certificat de {host} n’a pas pu être vérifié</translation>
    </message>
    <message>
        <source>{host} refused the connection</source>
        <translation>{host} a refusé la connexion</translation>
    </message>
    <message>
        <source>could not reach {host}: {detail}</source>
        <translation>impossible de joindre {host} : {detail}</translation>
    </message>
    <message>
        <source>the article has no full_article link</source>
        <translation>l’article n’a pas de lien full_article</translation>
    </message>
    <message>
        <source>Could not save the full article: {why}</source>
        <translation>Impossible d’enregistrer l’article complet : {why}</translation>
    </message>
    <message>
        <source>⤓ Save for offline</source>
        <translation>⤓ Enregistrer hors ligne</translation>
    </message>
    <message>
        <source>⟳ Save again</source>
        <translation>⟳ Enregistrer à nouveau</translation>
    </message>
    <message>
        <source>Read the saved copy</source>
        <translation>Lire la copie enregistrée</translation>
    </message>
    <message>
        <source>Show the text shipped with the article</source>
        <translation>Afficher le texte fourni avec l’article</translation>
    </message>
    <message>
        <source>Saved copy · fetched on {date} from {site}</source>
        <translation>Copie enregistrée · téléchargée le {date} depuis {site}</translation>
    </message>
    <message>
        <source>The last save failed ({why}); this copy is the one before.</source>
        <translation>Le dernier enregistrement a échoué ({why}) ; cette copie est la précédente.</translation>
    </message>
</context>
<context>
    <name>OfflineCommands</name>
    <message>
        <source>Saving the full article of “{title}”…</source>
        <translation>Enregistrement de l’article complet de « {title} »…</translation>
    </message>
    <message>
        <source>Saving the library&apos;s full articles…</source>
        <translation>Enregistrement des articles complets de la bibliothèque…</translation>
    </message>
    <message>
        <source>Could not save “{title}”: {why}</source>
        <translation>Impossible d’enregistrer « {title} » : {why}</translation>
    </message>
    <message>
        <source>Saved for offline: “{title}”</source>
        <translation>Enregistré hors ligne : « {title} »</translation>
    </message>
    <message>
        <source>Saving cancelled: {saved} saved, {failed} failed</source>
        <translation>Enregistrement annulé : {saved} enregistrés, {failed} en échec</translation>
    </message>
    <message>
        <source>Full articles saved: {saved} saved, {failed} failed</source>
        <translation>Articles complets enregistrés : {saved} enregistrés, {failed} en échec</translation>
    </message>
</context>
<context>
    <name>Outline</name>
    <message>
        <source>Outline</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>The article&apos;s sections: click one to go to it</source>
        <translation>Les parties de l’article : cliquez sur l’une d’elles pour y aller</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Astronauts in this article</source>
        <translation>Les astronautes de cet article</translation>
    </message>
    <message>
        <source>By {author}</source>
        <translation>Par {author}</translation>
    </message>
    <message>
        <source>1 min read</source>
        <translation>1 min de lecture</translation>
    </message>
    <message>
        <source>{count} min read</source>
        <translation>{count} min de lecture</translation>
    </message>
    <message>
        <source>Astronauts:</source>
        <translation>Astronautes :</translation>
    </message>
    <message>
        <source>Read the full article</source>
        <translation>Lire l’article complet</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… et {count} de plus</translation>
    </message>
    <message>
        <source>{file} has problems:</source>
        <translation>{file} a des problèmes :</translation>
    </message>
    <message>
        <source>Linked from 1 note</source>
        <translation>Lié depuis 1 note</translation>
    </message>
    <message>
        <source>Linked from {count} notes</source>
        <translation>Lié depuis {count} notes</translation>
    </message>
    <message>
        <source>born {date}</source>
        <translation>naissance : {date}</translation>
    </message>
    <message>
        <source>Missions</source>
        <translation>Missions</translation>
    </message>
    <message>
        <source>Social accounts</source>
        <translation>Réseaux sociaux</translation>
    </message>
    <message>
        <source>{network}: {handle}</source>
        <translation>{network} : {handle}</translation>
    </message>
    <message>
        <source>{figure} million followers (as of {date})</source>
        <translation>{figure} million d’abonnés ({date})</translation>
    </message>
    <message>
        <source>{count} followers (as of {date})</source>
        <translation>{count} abonnés ({date})</translation>
    </message>
    <message>
        <source>Followers over time</source>
        <translation>Abonnés au fil du temps</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Moments clés</translation>
    </message>
    <message>
        <source>No article of this library mentions them yet.</source>
        <translation>Aucun article de cette bibliothèque ne les cite encore.</translation>
    </message>
    <message>
        <source>Mentioned in</source>
        <translation>Cité dans</translation>
    </message>
    <message>
        <source>Mentioned in 1 article</source>
        <translation>Cité dans 1 article</translation>
    </message>
    <message>
        <source>Mentioned in {count} articles</source>
        <translation>Cité dans {count} articles</translation>
    </message>
    <message>
        <source>Show more ({count} not listed)</source>
        <translation>Afficher plus ({count} non listés)</translation>
    </message>
</context>
<context>
    <name>Paper</name>
    <message>
        <source>Export as HTML</source>
        <translation>Exporter en HTML</translation>
    </message>
    <message>
        <source>HTML pages (*.html *.htm)</source>
        <translation>Pages HTML (*.html *.htm)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exporté dans %1</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not write {file}: {reason}</source>
        <translation>Impossible d’écrire {file} : {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n page(s) to {file}</source>
        <translation>
            <numerusform>%n page exportée dans {file}</numerusform>
            <numerusform>%n pages exportées dans {file}</numerusform>
        </translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer</source>
        <translation>
            <numerusform>%n page envoyée à l’imprimante</numerusform>
            <numerusform>%n pages envoyées à l’imprimante</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>{severity}: line {line}: {message}</source>
        <translation>{severity} : ligne {line} : {message}</translation>
    </message>
    <message>
        <source>{severity}: {message}</source>
        <translation>{severity} : {message}</translation>
    </message>
    <message>
        <source>the article is shown as plain text</source>
        <translation>l’article est affiché en texte brut</translation>
    </message>
    <message>
        <source>cannot be read: {reason}</source>
        <translation>illisible : {reason}</translation>
    </message>
    <message>
        <source>not a regular file (a pipe, device or folder)</source>
        <translation>pas un fichier ordinaire (un tube, un périphérique ou un dossier)</translation>
    </message>
    <message>
        <source>file is too large ({size} MB; the limit is {limit} MB)</source>
        <translation>fichier trop gros ({size} Mo ; la limite est de {limit} Mo)</translation>
    </message>
    <message>
        <source>not a text file (it contains binary data)</source>
        <translation>pas un fichier texte (il contient des données binaires)</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>a symbolic link to a file outside the library ({target}); it is not read</source>
        <translation>un lien symbolique vers un fichier hors de la bibliothèque ({target}) ; il n’est pas lu</translation>
    </message>
    <message>
        <source>reading this file stopped or hung the process that read it; it is left out until it changes</source>
        <translation>la lecture de ce fichier a arrêté ou bloqué le processus qui le lisait ; il est laissé de côté jusqu’à sa prochaine modification</translation>
    </message>
    <message>
        <source>could not be read ({reason})</source>
        <translation>n’a pas pu être lu ({reason})</translation>
    </message>
    <message>
        <source>not valid UTF-8; read as Windows-1252 (cp1252)</source>
        <translation>UTF-8 non valide ; lu comme du Windows-1252 (cp1252)</translation>
    </message>
    <message>
        <source>encoded as UTF-16; save it as UTF-8</source>
        <translation>encodé en UTF-16 ; enregistrez-le en UTF-8</translation>
    </message>
    <message>
        <source>encoded as UTF-16 (with no byte-order mark); save it as UTF-8</source>
        <translation>encodé en UTF-16 (sans indicateur d’ordre des octets) ; enregistrez-le en UTF-8</translation>
    </message>
    <message>
        <source>not a text file: broken UTF-16</source>
        <translation>pas un fichier texte : UTF-16 abîmé</translation>
    </message>
    <message>
        <source>the file name is not valid UTF-8 (it shows as {name}); rename the file</source>
        <translation>le nom du fichier n’est pas de l’UTF-8 valide (il s’affiche comme {name}) ; renommez le fichier</translation>
    </message>
    <message>
        <source>the file name holds a line break or another invisible control character (it shows as {name}); rename the file</source>
        <translation>le nom du fichier contient un saut de ligne ou un autre caractère de contrôle invisible (il s’affiche comme {name}) ; renommez le fichier</translation>
    </message>
    <message>
        <source>front matter opened with `{opener}` is never closed (add a `{closer}` line after it)</source>
        <translation>l’en-tête ouvert par `{opener}` n’est jamais fermé (ajoutez une ligne `{closer}` après lui)</translation>
    </message>
    <message>
        <source>front matter is not valid YAML: {reason}</source>
        <translation>l’en-tête n’est pas du YAML valide : {reason}</translation>
    </message>
    <message>
        <source>a quoted value opened here with {quote} is never closed: end it with {quote} on this line</source>
        <translation>une valeur entre guillemets ouverte ici par {quote} n’est jamais fermée : terminez-la par {quote} sur cette ligne</translation>
    </message>
    <message>
        <source>a tab in the front matter: YAML indents and separates with spaces only; use spaces</source>
        <translation>une tabulation dans l’en-tête : YAML n’indente et ne sépare qu’avec des espaces ; utilisez des espaces</translation>
    </message>
    <message>
        <source>this line is indented unlike the lines above it, or holds a `: ` in an unquoted value: line it up with its neighbours, or put the value in quotes</source>
        <translation>cette ligne n’est pas indentée comme celles du dessus, ou contient un `: ` dans une valeur sans guillemets : alignez-la sur ses voisines, ou mettez la valeur entre guillemets</translation>
    </message>
    <message>
        <source>front matter is not valid TOML: {reason}</source>
        <translation>l’en-tête n’est pas du TOML valide : {reason}</translation>
    </message>
    <message>
        <source>front matter is ignored: it uses YAML aliases (*name), which SpaceReader does not expand</source>
        <translation>l’en-tête est ignoré : il utilise des alias YAML (*nom), que SpaceReader ne développe pas</translation>
    </message>
    <message>
        <source>front matter is ignored: the YAML tag {tag} is not supported (only plain values are read)</source>
        <translation>l’en-tête est ignoré : la balise YAML {tag} n’est pas prise en charge (seules les valeurs simples sont lues)</translation>
    </message>
    <message>
        <source>front matter is ignored: it must be `key: value` lines, not {kind}</source>
        <translation>l’en-tête est ignoré : il doit être fait de lignes `clé: valeur`, pas de {kind}</translation>
    </message>
    <message>
        <source>`{key}` should be text, not {kind}; it is ignored</source>
        <translation>`{key}` devrait être du texte, pas {kind} ; il est ignoré</translation>
    </message>
    <message>
        <source>`{key}` should be a list of words, not {kind}; it is ignored</source>
        <translation>`{key}` devrait être une liste de mots, pas {kind} ; il est ignoré</translation>
    </message>
    <message>
        <source>`title` should be text, not {kind}</source>
        <translation>`title` devrait être du texte, pas {kind}</translation>
    </message>
    <message>
        <source>`date` is not an ISO date or date-time (like 2021-03-14): {value}</source>
        <translation>`date` n’est pas une date ISO ni une date et heure (comme 2021-03-14) : {value}</translation>
    </message>
    <message>
        <source>`date` {value} is in the future: correct it, or silence the rule for an article written ahead</source>
        <translation>`date` {value} est dans le futur : corrigez-la, ou faites taire la règle pour un article écrit à l’avance</translation>
    </message>
    <message>
        <source>`lang` {value} is not a language code: write one like en, fr or pt-BR (BCP 47)</source>
        <translation>`lang` {value} n’est pas un code de langue : écrivez-en un comme en, fr ou pt-BR (BCP 47)</translation>
    </message>
    <message>
        <source>no summary: add `summary:` to the front matter, one or two sentences for the library</source>
        <translation>pas de résumé : ajoutez `summary:` à l’en-tête, une ou deux phrases pour la bibliothèque</translation>
    </message>
    <message>
        <source>`full_article` is an http: address, which is not encrypted: use https: if the site has it</source>
        <translation>`full_article` est une adresse http:, qui n’est pas chiffrée : utilisez https: si le site le propose</translation>
    </message>
    <message>
        <source>another article has the same title ({other}): give each article a title of its own</source>
        <translation>un autre article a le même titre ({other}) : donnez à chaque article son propre titre</translation>
    </message>
    <message>
        <source>`lint-ignore` names no rule {id}: write a rule id as check prints it</source>
        <translation>`lint-ignore` ne nomme aucune règle {id} : écrivez un identifiant de règle comme check l’affiche</translation>
    </message>
    <message>
        <source>`full_article` must be an http(s) URL, not {value}</source>
        <translation>`full_article` doit être une adresse http(s), pas {value}</translation>
    </message>
    <message>
        <source>unknown astronaut {id} in `astronauts:` (no profile has that id)</source>
        <translation>astronaute inconnu {id} dans `astronauts:` (aucun profil n’a cet identifiant)</translation>
    </message>
    <message>
        <source>link points to a missing file: {target}</source>
        <translation>le lien mène à un fichier absent : {target}</translation>
    </message>
    <message>
        <source>image points to a missing file: {target}</source>
        <translation>l’image mène à un fichier absent : {target}</translation>
    </message>
    <message>
        <source>image {target} has no alt text: say what it shows between the brackets, ![like this]({target})</source>
        <translation>l’image {target} n’a pas de texte de remplacement : dites ce qu’elle montre entre les crochets, ![comme ceci]({target})</translation>
    </message>
    <message>
        <source>link to #{anchor}, which no heading has: link to a heading&apos;s anchor, like #{example}</source>
        <translation>lien vers #{anchor}, qu’aucun intertitre n’a : liez vers l’ancre d’un intertitre, comme #{example}</translation>
    </message>
    <message>
        <source>heading of level {level} after one of level {previous}: use level {expected} here</source>
        <translation>intertitre de niveau {level} après un de niveau {previous} : utilisez le niveau {expected} ici</translation>
    </message>
    <message>
        <source>quotes and lists nested {levels} deep (the limit is {limit}); {plain}</source>
        <translation>citations et listes imbriquées sur {levels} niveaux (la limite est {limit}) ; {plain}</translation>
    </message>
    <message>
        <source>more than {limit} `[` brackets nested or left open in a paragraph; {plain}</source>
        <translation>plus de {limit} crochets `[` imbriqués ou laissés ouverts dans un paragraphe ; {plain}</translation>
    </message>
    <message>
        <source>more than {limit} spaces in a row on a line; {plain}</source>
        <translation>plus de {limit} espaces d’affilée sur une ligne ; {plain}</translation>
    </message>
    <message>
        <source>more than {limit} `{{` braces left open on a line; {plain}</source>
        <translation>plus de {limit} accolades `{{` laissées ouvertes sur une ligne ; {plain}</translation>
    </message>
    <message>
        <source>more than {limit} `&amp;` characters (or no-break spaces) in a paragraph; {plain}</source>
        <translation>plus de {limit} caractères `&amp;` (ou espaces insécables) dans un paragraphe ; {plain}</translation>
    </message>
    <message>
        <source>more than {limit} HTML tags nested or left open; {plain}</source>
        <translation>plus de {limit} balises HTML imbriquées ou laissées ouvertes ; {plain}</translation>
    </message>
    <message>
        <source>tables nested {levels} deep (the limit is {limit}); {plain}</source>
        <translation>tableaux imbriqués sur {levels} niveaux (la limite est {limit}) ; {plain}</translation>
    </message>
    <message>
        <source>too deeply nested to format; {plain}</source>
        <translation>trop profondément imbriqué pour être mis en forme ; {plain}</translation>
    </message>
    <message>
        <source>took more than {seconds} seconds to format; {plain}</source>
        <translation>la mise en forme a pris plus de {seconds} secondes ; {plain}</translation>
    </message>
    <message>
        <source>profile is not valid YAML: {reason}</source>
        <translation>le profil n’est pas du YAML valide : {reason}</translation>
    </message>
    <message>
        <source>profile file name must be a lowercase ASCII slug like chris-hadfield.yaml, not {name}</source>
        <translation>le nom du fichier de profil doit être en minuscules ASCII avec des tirets, comme chris-hadfield.yaml, pas {name}</translation>
    </message>
    <message>
        <source>profile must be `key: value` lines</source>
        <translation>le profil doit être fait de lignes `clé: valeur`</translation>
    </message>
    <message>
        <source>profile has no `name`</source>
        <translation>le profil n’a pas de `name`</translation>
    </message>
    <message>
        <source>`id` {id} differs from the file name; the file name wins</source>
        <translation>`id` {id} diffère du nom du fichier ; le nom du fichier l’emporte</translation>
    </message>
    <message>
        <source>`{key}` should be text</source>
        <translation>`{key}` devrait être du texte</translation>
    </message>
    <message>
        <source>`{key}`: {count} entries without `{required}` are ignored</source>
        <translation>`{key}` : {count} entrées sans `{required}` sont ignorées</translation>
    </message>
    <message>
        <source>social account url must be http(s), not {url}</source>
        <translation>l’adresse d’un compte doit être en http(s), pas {url}</translation>
    </message>
    <message>
        <source>`followers` needs a whole number and a `followers_as_of` date; it is ignored</source>
        <translation>`followers` demande un nombre entier et une date `followers_as_of` ; il est ignoré</translation>
    </message>
    <message>
        <source>`{key}` should be YYYY, YYYY-MM or YYYY-MM-DD, not {value}</source>
        <translation>`{key}` devrait être AAAA, AAAA-MM ou AAAA-MM-JJ, pas {value}</translation>
    </message>
    <message>
        <source>`{key}`: these entries are not a language code (en, fr, …) with its text and are ignored: {entries}</source>
        <translation>`{key}` : ces entrées ne sont pas un code de langue (en, fr, …) suivi de son texte et sont ignorées : {entries}</translation>
    </message>
    <message>
        <source>the library&apos;s articles are in English and French, but these fields are in one language only: {keys} (write them as `summary: {{en: …, fr: …}}`)</source>
        <translation>les articles de la bibliothèque sont en anglais et en français, mais ces champs ne sont qu’en une langue : {keys} (écrivez-les comme `summary: {{en: …, fr: …}}`)</translation>
    </message>
    <message>
        <source>the portrait {name} leads outside its folder; the initials show instead</source>
        <translation>le portrait {name} mène hors de son dossier ; les initiales s’affichent à la place</translation>
    </message>
    <message>
        <source>the portrait {name} is larger than {limit} MB; the initials show instead</source>
        <translation>le portrait {name} dépasse {limit} Mo ; les initiales s’affichent à la place</translation>
    </message>
    <message>
        <source>the portrait {name} is not a file that can be read; the initials show instead</source>
        <translation>le portrait {name} n’est pas un fichier lisible ; les initiales s’affichent à la place</translation>
    </message>
    <message>
        <source>wiki link to nothing: no note or file of the library is named {name}; it shows as plain text</source>
        <translation>lien wiki vers rien : aucune note ni aucun fichier de la bibliothèque ne s’appelle {name} ; il s’affiche en texte simple</translation>
    </message>
    <message>
        <source>embed of nothing: no file of the library is named {name}</source>
        <translation>intégration de rien : aucun fichier de la bibliothèque ne s’appelle {name}</translation>
    </message>
    <message>
        <source>the shortcode {name} is opened and never closed (add {closing} after its text)</source>
        <translation>le shortcode {name} est ouvert et jamais fermé (ajoutez {closing} après son texte)</translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation>un dictionnaire</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>vrai/faux</translation>
    </message>
    <message>
        <source>a line of text</source>
        <translation>une ligne de texte</translation>
    </message>
    <message>
        <source>no such file (moved or deleted?)</source>
        <translation>fichier introuvable (déplacé ou supprimé ?)</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permission refusée</translation>
    </message>
    <message>
        <source>a symbolic link that leads back to itself</source>
        <translation>un lien symbolique qui mène à lui-même</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Problems in this article</source>
        <translation>Problèmes de cet article</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Columns of the problems</source>
        <translation>Colonnes des problèmes</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>No problems in this article</source>
        <translation>Aucun problème dans cet article</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Unread</source>
        <translation>Non lu</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Lu</translation>
    </message>
    <message>
        <source>{percent} % read</source>
        <translation>{percent} % lu</translation>
    </message>
    <message>
        <source>End of the article</source>
        <translation>Fin de l’article</translation>
    </message>
    <message>
        <source>{percent} % · {minutes} min left</source>
        <translation>{percent} % · encore {minutes} min</translation>
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
        <translation>Temps restant dans l’article</translation>
    </message>
</context>
<context>
    <name>ReadingProgress</name>
    <message>
        <source>Reading Speed</source>
        <translation>Vitesse de lecture</translation>
    </message>
    <message>
        <source>Words you read in a minute (the time left is counted from it):</source>
        <translation>Mots lus en une minute (le temps restant en est déduit) :</translation>
    </message>
</context>
<context>
    <name>SaveProgress</name>
    <message>
        <source>Saving full articles</source>
        <translation>Enregistrement des articles complets</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel saving full articles</source>
        <translation>Annuler l’enregistrement des articles complets</translation>
    </message>
</context>
<context>
    <name>SavedCopiesDialog</name>
    <message>
        <source>Saved Copies</source>
        <translation>Copies enregistrées</translation>
    </message>
    <message>
        <source>Saved copies of full articles</source>
        <translation>Copies enregistrées des articles complets</translation>
    </message>
    <message>
        <source>Saved copies</source>
        <translation>Copies enregistrées</translation>
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
        <translation>Téléchargée</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Last save</source>
        <translation>Dernier enregistrement</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected saved copies</source>
        <translation>Supprimer les copies enregistrées choisies</translation>
    </message>
    <message numerus="yes">
        <source>%n saved copies</source>
        <translation>
            <numerusform>%n copie enregistrée</numerusform>
            <numerusform>%n copies enregistrées</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>failed: {why}</source>
        <translation>échec : {why}</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>enregistrée</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Search the library</source>
        <translation>Rechercher dans la bibliothèque</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Bundled library: {name}</source>
        <translation>Bibliothèque fournie : {name}</translation>
    </message>
    <message>
        <source>Writing statistics</source>
        <translation>Statistiques d’écriture</translation>
    </message>
    <message>
        <source>Fetches the full article from the web now, to read it offline</source>
        <translation>Télécharge maintenant l’article complet, pour le lire hors ligne</translation>
    </message>
    <message>
        <source>Shows the saved copy of the full article</source>
        <translation>Affiche la copie enregistrée de l’article complet</translation>
    </message>
    <message>
        <source>Shows the text shipped with the article</source>
        <translation>Affiche le texte fourni avec l’article</translation>
    </message>
    <message>
        <source>Opens in your browser: %1</source>
        <translation>S’ouvre dans votre navigateur : %1</translation>
    </message>
    <message>
        <source>Astronaut profile: %1</source>
        <translation>Profil d’astronaute : %1</translation>
    </message>
    <message>
        <source>Article: %1</source>
        <translation>Article : %1</translation>
    </message>
    <message>
        <source>Jump within this page</source>
        <translation>Aller plus loin dans cette page</translation>
    </message>
    <message>
        <source>Show the library&apos;s articles with this tag or author: %1</source>
        <translation>Montrer les articles de la bibliothèque avec ce mot-clé ou cet auteur : %1</translation>
    </message>
    <message>
        <source>Missing file: %1 is not there</source>
        <translation>Fichier absent : %1 n’existe pas</translation>
    </message>
    <message>
        <source>Not opened by SpaceReader: %1</source>
        <translation>Non ouvert par SpaceReader : %1</translation>
    </message>
    <message>
        <source>Words {words} · Headings {headings} · Links {links}</source>
        <translation>Mots {words} · Intertitres {headings} · Liens {links}</translation>
    </message>
    <message>
        <source> · Reading ease {score}</source>
        <translation> · Facilité de lecture {score}</translation>
    </message>
    <message>
        <source>Reading ease: Flesch&apos;s for English, Kandel and Moles&apos; for French, from 0 (hard) to 100 (easy); about 60 reads like a newspaper. {minutes} min read.</source>
        <translation>Facilité de lecture : formule de Flesch pour l’anglais, de Kandel et Moles pour le français, de 0 (difficile) à 100 (facile) ; autour de 60 se lit comme un journal. {minutes} min de lecture.</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %1: %Ln error(s) — see the top of the page</source>
        <translation>
            <numerusform>⚠ %1 : %Ln erreur — voir le haut de la page</numerusform>
            <numerusform>⚠ %1 : %Ln erreurs — voir le haut de la page</numerusform>
        </translation>
    </message>
    <message>
        <source>Indexing %1 of %2 articles…</source>
        <translation>Indexation : %1 articles sur %2…</translation>
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
            <numerusform>%Ln astronaute</numerusform>
            <numerusform>%Ln astronautes</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ %1 with problems</source>
        <translation>⚠ %1 avec des problèmes</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Sepia</source>
        <translation>Sépia</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>High Contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <source>Follow the System</source>
        <translation>Comme le système</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Nothing to show: no dated article or milestone matches.</source>
        <translation>Rien à afficher : aucun article daté ni moment clé ne correspond.</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>SpaceReader timeline</source>
        <translation>Chronologie SpaceReader</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>1 event</source>
        <translation>1 événement</translation>
    </message>
    <message>
        <source>{count} events</source>
        <translation>{count} événements</translation>
    </message>
</context>
<context>
    <name>TypographyPanel</name>
    <message>
        <source>Typography</source>
        <translation>Typographie</translation>
    </message>
    <message>
        <source>Serif</source>
        <translation>Avec empattements</translation>
    </message>
    <message>
        <source>Sans serif</source>
        <translation>Sans empattements</translation>
    </message>
    <message>
        <source>A font of your choice</source>
        <translation>Une police de votre choix</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> caractères</translation>
    </message>
    <message>
        <source>Font</source>
        <translation>Police</translation>
    </message>
    <message>
        <source>Chosen font</source>
        <translation>Police choisie</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Taille du texte</translation>
    </message>
    <message>
        <source>Line width</source>
        <translation>Longueur des lignes</translation>
    </message>
    <message>
        <source>Line spacing</source>
        <translation>Interligne</translation>
    </message>
    <message>
        <source>{name}:</source>
        <translation>{name} :</translation>
    </message>
    <message>
        <source>Restore the default typography</source>
        <translation>Rétablir la typographie par défaut</translation>
    </message>
</context>
<context>
    <name>Workbench</name>
    <message>
        <source>Could not start {editor}: {reason}</source>
        <translation>Impossible de lancer {editor} : {reason}</translation>
    </message>
    <message>
        <source>Opened {name} at line {line}</source>
        <translation>{name} ouvert à la ligne {line}</translation>
    </message>
    <message>
        <source>No application could open {name}</source>
        <translation>Aucune application n’a pu ouvrir {name}</translation>
    </message>
    <message>
        <source>No file manager could open {folder}</source>
        <translation>Aucun gestionnaire de fichiers n’a pu ouvrir {folder}</translation>
    </message>
</context>
</TS>
