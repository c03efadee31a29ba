<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AgreementControls</name>
    <message>
        <source>Agree on the categories per RE, on their clusters or (CCRT-LU) on the directions of the units</source>
        <translation>Übereinstimmung in den Kategorien je BE, in ihren Clustern oder (ZBKT-LU) in den Richtungen der Einheiten</translation>
    </message>
    <message>
        <source>Span level: two coders&apos; units match when they overlap by at least this share of the shorter unit</source>
        <translation>Textstellen-Ebene: Einheiten zweier Kodierender stimmen überein, wenn sie sich mindestens zu diesem Anteil der kürzeren Einheit überlappen</translation>
    </message>
    <message>
        <source>Recompute</source>
        <translation>Neu berechnen</translation>
    </message>
    <message>
        <source>Compute the statistics again from the coders&apos; own layers (F5)</source>
        <translation>Die Kennwerte neu aus den eigenen Ebenen der Kodierenden berechnen (F5)</translation>
    </message>
    <message>
        <source>C&amp;oders:</source>
        <translation>&amp;Kodierende:</translation>
    </message>
    <message>
        <source>Le&amp;vel:</source>
        <translation>&amp;Stufe:</translation>
    </message>
    <message>
        <source>Span &amp;overlap ≥</source>
        <translation>&amp;Überlappung ≥</translation>
    </message>
    <message>
        <source>{name}: {n} units in their own layer</source>
        <translation>{name}: {n} Einheiten in der eigenen Ebene</translation>
    </message>
    <message>
        <source>{name} has no units in their own layer</source>
        <translation>{name} hat keine Einheiten in der eigenen Ebene</translation>
    </message>
</context>
<context>
    <name>AgreementView</name>
    <message>
        <source>Cluster heat map</source>
        <translation>Cluster-Heatmap</translation>
    </message>
    <message>
        <source>Disagreements</source>
        <translation>Abweichungen</translation>
    </message>
    <message>
        <source>Disagreements ({n})</source>
        <translation>Abweichungen ({n})</translation>
    </message>
    <message>
        <source>Computing the agreement of the coders&apos; own layers…</source>
        <translation>Berechne die Übereinstimmung der eigenen Ebenen der Kodierenden…</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Berechnung läuft…</translation>
    </message>
    <message>
        <source>Cannot compute the agreement report: {error}</source>
        <translation>Der Übereinstimmungsbericht lässt sich nicht berechnen: {error}</translation>
    </message>
    <message>
        <source>No report.</source>
        <translation>Kein Bericht.</translation>
    </message>
    <message>
        <source>⚠ The coding changed since this report was computed: press Recompute (F5).</source>
        <translation>⚠ Die Kodierung hat sich seit der Berechnung geändert: „Neu berechnen“ drücken (F5).</translation>
    </message>
</context>
<context>
    <name>BackgroundJob</name>
    <message>
        <source>this job is running already</source>
        <translation>diese Aufgabe läuft bereits</translation>
    </message>
</context>
<context>
    <name>BlindMode</name>
    <message>
        <source>&amp;Blind coding</source>
        <translation>&amp;Blindkodierung</translation>
    </message>
    <message>
        <source>While checked, each coder sees only their own units and ratings: for teams that share one project file (coder copies, File ▸ Prepare coder copies…, hold no other coder&apos;s work at all)</source>
        <translation>Wenn angekreuzt, sieht jede:r Kodierende nur die eigenen Einheiten und Bewertungen: für Teams, die sich eine Projektdatei teilen (Kodierer-Kopien, Datei ▸ Kodierer-Kopien vorbereiten…, enthalten ohnehin keine Arbeit anderer Kodierender)</translation>
    </message>
    <message>
        <source>A coder copy is always coded blind</source>
        <translation>Eine Kodierer-Kopie wird immer blind kodiert</translation>
    </message>
    <message>
        <source>Blind coding within one shared project file; coder copies keep the other coders&apos; work out of a coder&apos;s file altogether</source>
        <translation>Blindkodierung innerhalb einer gemeinsamen Projektdatei; Kodierer-Kopien halten die Arbeit der anderen Kodierenden ganz aus der Datei einer:eines Kodierenden heraus</translation>
    </message>
    <message>
        <source>Only the project lead switches blind coding</source>
        <translation>Nur die Projektleitung schaltet die Blindkodierung um</translation>
    </message>
    <message>
        <source>Cannot change blind coding</source>
        <translation>Blindkodierung lässt sich nicht ändern</translation>
    </message>
</context>
<context>
    <name>BusyOverlay</name>
    <message>
        <source>Computing…</source>
        <translation>Berechnung läuft…</translation>
    </message>
</context>
<context>
    <name>CategoryMenu</name>
    <message>
        <source>&amp;Category systems…</source>
        <translation>Kategorien&amp;systeme…</translation>
    </message>
    <message>
        <source>The active category system; the project lead imports and switches systems</source>
        <translation>Das aktive Kategoriensystem; die Projektleitung importiert Systeme und wechselt zwischen ihnen</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>&amp;Projekt</translation>
    </message>
</context>
<context>
    <name>CategoryPicker</name>
    <message>
        <source>Filter: type a code or words of a label</source>
        <translation>Filter: Code oder Wörter einer Bezeichnung eingeben</translation>
    </message>
    <message>
        <source>Code unit</source>
        <translation>Einheit kodieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Edit unit</source>
        <translation>Einheit bearbeiten</translation>
    </message>
    <message>
        <source>Save unit</source>
        <translation>Einheit speichern</translation>
    </message>
    <message>
        <source>Categories: </source>
        <translation>Kategorien: </translation>
    </message>
    <message>
        <source>Choose a category, or give a tailor-made label (Alt+L).</source>
        <translation>Kategorie wählen oder eine maßgeschneiderte Formulierung angeben (Alt+L).</translation>
    </message>
</context>
<context>
    <name>CategorySystemsDialog</name>
    <message>
        <source>Category systems</source>
        <translation>Kategoriensysteme</translation>
    </message>
    <message>
        <source>&amp;Use this system…</source>
        <translation>Dieses System &amp;verwenden…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Only the project lead imports or switches systems.</source>
        <translation>Nur die Projektleitung importiert oder wechselt Systeme.</translation>
    </message>
    <message>
        <source>Stored systems</source>
        <translation>Gespeicherte Systeme</translation>
    </message>
    <message>
        <source>categories: {n}</source>
        <translation>Kategorien: {n}</translation>
    </message>
    <message>
        <source>CCRT-LU: each unit also codes its direction (WOO … RSS)</source>
        <translation>ZBKT-LU: Jede Einheit kodiert auch ihre Richtung (WOO … RSS)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Active: {name}&lt;/b&gt; (version {version}) · {details}</source>
        <translation>&lt;b&gt;Aktiv: {name}&lt;/b&gt; (Version {version}) · {details}</translation>
    </message>
    <message>
        <source>Units coded with other systems than the active one: {n}</source>
        <translation>Mit anderen Systemen als dem aktiven kodierte Einheiten: {n}</translation>
    </message>
    <message>
        <source>{name} — version {version} · categories: {n} · {units} coded with it</source>
        <translation>{name} – Version {version} · Kategorien: {n} · {units} damit kodiert</translation>
    </message>
    <message>
        <source>  (active)</source>
        <translation>  (aktiv)</translation>
    </message>
    <message>
        <source>Code with {name} (version {version}) from now on?</source>
        <translation>Ab jetzt mit {name} (Version {version}) kodieren?</translation>
    </message>
    <message>
        <source>Import a category system</source>
        <translation>Ein Kategoriensystem importieren</translation>
    </message>
    <message>
        <source>Cannot import this category system</source>
        <translation>Dieses Kategoriensystem lässt sich nicht importieren</translation>
    </message>
    <message>
        <source>Import {name} (version {version}, categories: {n}) and code with it from now on?</source>
        <translation>{name} (Version {version}, Kategorien: {n}) importieren und ab jetzt damit kodieren?</translation>
    </message>
    <message>
        <source>Export the active category system</source>
        <translation>Das aktive Kategoriensystem exportieren</translation>
    </message>
    <message>
        <source>Cannot export the category system</source>
        <translation>Das Kategoriensystem lässt sich nicht exportieren</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>Exportiert nach {path}</translation>
    </message>
    <message>
        <source>Switch category system?</source>
        <translation>Kategoriensystem wechseln?</translation>
    </message>
    <message>
        <source>Afterwards, units coded with other systems: {n}.</source>
        <translation>Danach mit anderen Systemen kodierte Einheiten: {n}.</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>Wechseln</translation>
    </message>
    <message>
        <source>Cannot switch the category system</source>
        <translation>Das Kategoriensystem lässt sich nicht wechseln</translation>
    </message>
    <message>
        <source>Category systems (*.json *.csv *.xlsx);;JSON (*.json);;CSV (*.csv);;Excel (*.xlsx)</source>
        <translation>Kategoriensysteme (*.json *.csv *.xlsx);;JSON (*.json);;CSV (*.csv);;Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>CategoryTreeModel</name>
    <message>
        <source>All components (CCRT-LU)</source>
        <translation>Alle Komponenten (ZBKT-LU)</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Export chart…</source>
        <translation>Diagramm exportieren…</translation>
    </message>
    <message>
        <source>Save the chart shown as a PNG image or an SVG drawing</source>
        <translation>Das gezeigte Diagramm als PNG-Bild oder SVG-Zeichnung speichern</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
</context>
<context>
    <name>CoderChooser</name>
    <message>
        <source>Coding as</source>
        <translation>Kodiert als</translation>
    </message>
    <message>
        <source>Switch coder…</source>
        <translation>Kodierer:in wechseln…</translation>
    </message>
    <message>
        <source>A coder copy is coded by its own coder only</source>
        <translation>Eine Kodierer-Kopie kodiert nur die Person, für die sie angelegt wurde</translation>
    </message>
    <message>
        <source>Say who is coding (Project ▸ Who is coding?)</source>
        <translation>Angeben, wer kodiert (Projekt ▸ Wer kodiert?)</translation>
    </message>
    <message>
        <source>· coder copy</source>
        <translation>· Kodierer-Kopie</translation>
    </message>
    <message>
        <source>· project lead</source>
        <translation>· Projektleitung</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>noch niemand</translation>
    </message>
    <message>
        <source>Choose coder…</source>
        <translation>Kodierer:in wählen…</translation>
    </message>
</context>
<context>
    <name>CoderColumns</name>
    <message>
        <source>No units in this RE yet.</source>
        <translation>Noch keine Einheiten in dieser BE.</translation>
    </message>
    <message>
        <source>{title}: no unit here</source>
        <translation>{title}: keine Einheit hier</translation>
    </message>
</context>
<context>
    <name>CoderCopiesDialog</name>
    <message>
        <source>Prepare coder copies</source>
        <translation>Kodierer-Kopien vorbereiten</translation>
    </message>
    <message>
        <source>Each coder gets a copy of the study with only their own units and ratings: no other coder&apos;s work and no consensus layer, so they code blind whatever they open. Send each coder their file; merge the files they send back with File ▸ Merge coders&apos; projects…</source>
        <translation>Jede:r Kodierende erhält eine Kopie der Studie mit nur den eigenen Einheiten und Bewertungen: ohne die Arbeit anderer Kodierender und ohne Konsensebene, sodass in jedem Fall blind kodiert wird. Senden Sie jeder:jedem Kodierenden die eigene Datei; führen Sie die zurückgesandten Dateien mit Datei ▸ Projekte der Kodierenden zusammenführen… zusammen.</translation>
    </message>
    <message>
        <source>&amp;Coders</source>
        <translation>&amp;Kodierende</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Du&amp;rchsuchen…</translation>
    </message>
    <message>
        <source>Target &amp;folder</source>
        <translation>&amp;Zielordner</translation>
    </message>
    <message>
        <source>&amp;Encrypt the copies with a password I choose</source>
        <translation>Kopien mit einem Passwort &amp;verschlüsseln, das ich wähle</translation>
    </message>
    <message>
        <source>&amp;Write copies</source>
        <translation>Kopien &amp;schreiben</translation>
    </message>
    <message>
        <source>Folder for the coder copies</source>
        <translation>Ordner für die Kodierer-Kopien</translation>
    </message>
    <message>
        <source>Password for the coder copies</source>
        <translation>Passwort für die Kopien der Kodierenden</translation>
    </message>
    <message>
        <source>Each coder needs this password to open their copy. Tell it to them in person or by phone, not in the message that carries the file.</source>
        <translation>Jede:r Kodierende braucht dieses Passwort, um die eigene Kopie zu öffnen. Teilen Sie es persönlich oder am Telefon mit, nicht in der Nachricht, die die Datei überbringt.</translation>
    </message>
    <message>
        <source>Writing the coder copies…</source>
        <translation>Schreibe die Kodierer-Kopien…</translation>
    </message>
    <message>
        <source>Cancelling after the copy being written…</source>
        <translation>Abbruch nach der Kopie, die gerade geschrieben wird…</translation>
    </message>
    <message>
        <source>{file}: {units}, {ratings}</source>
        <translation>{file}: {units}, {ratings}</translation>
    </message>
    <message>
        <source>Cancelled: wrote the coder copies of {coders} before stopping; each of them is complete.</source>
        <translation>Abgebrochen: Vor dem Anhalten wurden die Kodierer-Kopien für {coders} geschrieben; jede davon ist vollständig.</translation>
    </message>
    <message>
        <source>Wrote the coder copies of {coders}. Each holds only its coder&apos;s own units and ratings: send it to that coder.</source>
        <translation>Die Kodierer-Kopien für {coders} wurden geschrieben. Jede enthält nur die eigenen Einheiten und Bewertungen einer Person: Senden Sie sie an diese Person.</translation>
    </message>
    <message>
        <source>Coder copies written</source>
        <translation>Kodierer-Kopien geschrieben</translation>
    </message>
    <message>
        <source>Writing the copies failed: the copy in progress was not written; copies finished before it are complete.</source>
        <translation>Das Schreiben der Kopien ist fehlgeschlagen: Die gerade begonnene Kopie wurde nicht geschrieben; zuvor fertiggestellte Kopien sind vollständig.</translation>
    </message>
    <message>
        <source>Coder copies failed</source>
        <translation>Kodierer-Kopien fehlgeschlagen</translation>
    </message>
    <message>
        <source>Tick the coders who get a copy.</source>
        <translation>Kreuzen Sie die Kodierenden an, die eine Kopie erhalten.</translation>
    </message>
    <message>
        <source>Choose the folder the copies go to.</source>
        <translation>Wählen Sie den Ordner für die Kopien.</translation>
    </message>
    <message>
        <source>Writes {files}</source>
        <translation>Schreibt {files}</translation>
    </message>
</context>
<context>
    <name>CoderCopiesMenu</name>
    <message>
        <source>Prepare coder co&amp;pies…</source>
        <translation>&amp;Kodierer-Kopien vorbereiten…</translation>
    </message>
    <message>
        <source>Send my &amp;work…</source>
        <translation>Meine &amp;Arbeit senden…</translation>
    </message>
    <message>
        <source>Write your own units and ratings to a file for your project lead to merge</source>
        <translation>Die eigenen Einheiten und Bewertungen in eine Datei schreiben, die die Projektleitung zusammenführt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Write one file per coder, each with only that coder&apos;s own work</source>
        <translation>Eine Datei je Kodierer:in schreiben, jede nur mit der eigenen Arbeit dieser Person</translation>
    </message>
    <message>
        <source>Only the project lead prepares coder copies (Project ▸ Who is coding?)</source>
        <translation>Nur die Projektleitung bereitet Kodierer-Kopien vor (Projekt ▸ Wer kodiert?)</translation>
    </message>
</context>
<context>
    <name>CoderDialog</name>
    <message>
        <source>Choose your name to code in &lt;b&gt;{study}&lt;/b&gt;. Your units and ratings are kept apart from the other coders&apos; work.</source>
        <translation>Wählen Sie Ihren Namen, um in &lt;b&gt;{study}&lt;/b&gt; zu kodieren. Ihre Einheiten und Bewertungen bleiben von der Arbeit der anderen Kodierenden getrennt.</translation>
    </message>
    <message>
        <source>This project has no coders yet.</source>
        <translation>Dieses Projekt hat noch keine Kodierenden.</translation>
    </message>
    <message>
        <source>&amp;Add yourself as the first coder</source>
        <translation>Sich als erste:n Kodierer:in &amp;hinzufügen</translation>
    </message>
    <message>
        <source>This file is {name}&apos;s coder copy: it holds only their own work and is coded blind. The project lead merges it back into the study.</source>
        <translation>Diese Datei ist die Kodierer-Kopie von {name}: Sie enthält nur die eigene Arbeit dieser Person und wird blind kodiert. Die Projektleitung führt sie wieder mit der Studie zusammen.</translation>
    </message>
    <message>
        <source>Who is coding?</source>
        <translation>Wer kodiert?</translation>
    </message>
    <message>
        <source>Choose your name. Your units and ratings are kept apart from the other coders&apos; work.</source>
        <translation>Wählen Sie Ihren Namen. Ihre Einheiten und Bewertungen bleiben von der Arbeit der anderen Kodierenden getrennt.</translation>
    </message>
    <message>
        <source>&amp;Coders in this project</source>
        <translation>&amp;Kodierende in diesem Projekt</translation>
    </message>
    <message>
        <source>Or &amp;add a new coder</source>
        <translation>Oder neue:n Kodierer:in &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Name, e.g. Coder C (J. Smith)</source>
        <translation>Name, z. B. Kodierer:in C (J. Schmidt)</translation>
    </message>
    <message>
        <source>I &amp;lead this project (consensus meetings, blind-coding setting)</source>
        <translation>Ich &amp;leite dieses Projekt (Konsenssitzungen, Einstellung der Blindkodierung)</translation>
    </message>
    <message>
        <source>Leave this unticked while you code: blind coding keeps the other coders&apos; work out of view.</source>
        <translation>Beim Kodieren nicht ankreuzen: Die Blindkodierung hält die Arbeit der anderen Kodierenden verborgen.</translation>
    </message>
</context>
<context>
    <name>CodersDialog</name>
    <message>
        <source>Coders</source>
        <translation>Kodierende</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>R&amp;etire</source>
        <translation>&amp;Stilllegen</translation>
    </message>
    <message>
        <source>&amp;Merge into</source>
        <translation>&amp;Zusammenführen in</translation>
    </message>
    <message>
        <source>Name of the new coder</source>
        <translation>Name der:des neuen Kodierenden</translation>
    </message>
    <message>
        <source>&amp;Add coder</source>
        <translation>Kodierer:in &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Retired coders keep their units and ratings in every analysis and export; they are no longer offered in “Who is coding?”. Merge two names of the same person to give all units and ratings of one to the other.</source>
        <translation>Stillgelegte Kodierende behalten ihre Einheiten und Bewertungen in allen Analysen und Exporten; sie werden unter „Wer kodiert?“ nicht mehr angeboten. Führen Sie zwei Namen derselben Person zusammen, um alle Einheiten und Bewertungen des einen Namens dem anderen zu geben.</translation>
    </message>
    <message>
        <source>{text} Only the project lead changes the coders.</source>
        <translation>{text} Nur die Projektleitung ändert die Kodierenden.</translation>
    </message>
    <message>
        <source>R&amp;einstate</source>
        <translation>&amp;Reaktivieren</translation>
    </message>
    <message>
        <source>Added {name}.</source>
        <translation>{name} hinzugefügt.</translation>
    </message>
    <message>
        <source>Merged {source} into {target}.</source>
        <translation>{source} in {target} zusammengeführt.</translation>
    </message>
    <message>
        <source>Merge coders?</source>
        <translation>Kodierende zusammenführen?</translation>
    </message>
    <message>
        <source>{source} and {target} are the same person: {work} of {source} become {target}&apos;s, and {source} is removed.</source>
        <translation>{source} und {target} sind dieselbe Person: {work} von {source} gehen auf {target} über, und {source} wird entfernt.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
</context>
<context>
    <name>CodersSideBySide</name>
    <message>
        <source>Compare co&amp;ders</source>
        <translation>Kodierende gegen&amp;überstellen</translation>
    </message>
    <message>
        <source>Co&amp;nsensus meeting</source>
        <translation>Ko&amp;nsenssitzung</translation>
    </message>
    <message>
        <source>Coders side by side</source>
        <translation>Kodierende nebeneinander</translation>
    </message>
    <message>
        <source>Only outside blind coding (Project ▸ Blind coding)</source>
        <translation>Nur außerhalb der Blindkodierung (Projekt ▸ Blindkodierung)</translation>
    </message>
    <message>
        <source>Outside blind coding, or for the project lead</source>
        <translation>Außerhalb der Blindkodierung oder für die Projektleitung</translation>
    </message>
    <message>
        <source>Open an interview to compare its coding.</source>
        <translation>Öffnen Sie ein Interview, um seine Kodierung zu vergleichen.</translation>
    </message>
    <message>
        <source>Cannot show: {mode}</source>
        <translation>Anzeige nicht möglich: {mode}</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>Konsens</translation>
    </message>
    <message>
        <source>Choose an RE to see the coders&apos; units side by side.</source>
        <translation>Wählen Sie eine BE, um die Einheiten der Kodierenden nebeneinander zu sehen.</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>Nichts ausgewählt</translation>
    </message>
    <message>
        <source>Select the unit&apos;s text first.</source>
        <translation>Wählen Sie zuerst den Text der Einheit aus.</translation>
    </message>
    <message>
        <source>Cannot open the consensus meeting</source>
        <translation>Die Konsenssitzung lässt sich nicht öffnen</translation>
    </message>
</context>
<context>
    <name>CodingActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Code as {title} ({value})</source>
        <translation>Kodieren als {title} ({value})</translation>
    </message>
    <message>
        <source>Code the selected text as {title}</source>
        <translation>Den ausgewählten Text als {title} kodieren</translation>
    </message>
    <message>
        <source>&amp;New RE from selection…</source>
        <translation>&amp;Neue BE aus Auswahl…</translation>
    </message>
    <message>
        <source>New RE</source>
        <translation>Neue BE</translation>
    </message>
    <message>
        <source>&amp;Add selection to current RE</source>
        <translation>Auswahl zur aktuellen BE &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add to RE</source>
        <translation>Zur BE hinzufügen</translation>
    </message>
    <message>
        <source>Set unit&apos;s text to &amp;selection</source>
        <translation>Text der Einheit auf &amp;Auswahl setzen</translation>
    </message>
    <message>
        <source>&amp;Edit RE…</source>
        <translation>BE &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Delete RE…</source>
        <translation>BE &amp;löschen…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Edit &amp;unit…</source>
        <translation>Einheit b&amp;earbeiten…</translation>
    </message>
    <message>
        <source>Delete un&amp;it</source>
        <translation>E&amp;inheit löschen</translation>
    </message>
    <message>
        <source>Completeness {value}</source>
        <translation>Vollständigkeit {value}</translation>
    </message>
    <message>
        <source>Nothing &amp;codable in this RE</source>
        <translation>Nichts zu &amp;kodieren in dieser BE</translation>
    </message>
    <message>
        <source>&amp;Rate completeness</source>
        <translation>&amp;Vollständigkeit bewerten</translation>
    </message>
</context>
<context>
    <name>CodingController</name>
    <message>
        <source>{error} — the undo history was cleared.</source>
        <translation>{error} – der Rückgängig-Verlauf wurde gelöscht.</translation>
    </message>
    <message>
        <source>Open an interview in the study tree first.</source>
        <translation>Öffnen Sie zuerst ein Interview im Studienbaum.</translation>
    </message>
    <message>
        <source>Select text in the transcript first (drag, or Shift+arrow keys).</source>
        <translation>Wählen Sie zuerst Text im Transkript aus (ziehen oder Umschalt+Pfeiltasten).</translation>
    </message>
    <message>
        <source>The selection is not inside one RE: select text within an RE, or press R to make it a new RE.</source>
        <translation>Die Auswahl liegt nicht in einer BE: Wählen Sie Text innerhalb einer BE aus oder drücken Sie R, um daraus eine neue BE zu machen.</translation>
    </message>
    <message>
        <source>RE {number}</source>
        <translation>BE {number}</translation>
    </message>
    <message>
        <source>current RE</source>
        <translation>aktuelle BE</translation>
    </message>
    <message>
        <source>&amp;Add selection to {suffix}</source>
        <translation>Auswahl zu {suffix} &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Edit {suffix}…</source>
        <translation>{suffix} &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete {suffix}…</source>
        <translation>{suffix} &amp;löschen…</translation>
    </message>
</context>
<context>
    <name>CodingMargin</name>
    <message>
        <source>{coder}: {code}</source>
        <translation>{coder}: {code}</translation>
    </message>
</context>
<context>
    <name>CodingWorkspace</name>
    <message>
        <source>Study</source>
        <translation>Studie</translation>
    </message>
    <message>
        <source>No interview open</source>
        <translation>Kein Interview geöffnet</translation>
    </message>
    <message>
        <source>Cannot show this interview</source>
        <translation>Dieses Interview lässt sich nicht anzeigen</translation>
    </message>
    <message>
        <source>{source}{line_count} lines</source>
        <translation>{source}{line_count} Zeilen</translation>
    </message>
    <message>
        <source>Choose dyad → narrator → phase in the study tree.</source>
        <translation>Wählen Sie Dyade → Erzähler:in → Phase im Studienbaum.</translation>
    </message>
</context>
<context>
    <name>ComparisonControls</name>
    <message>
        <source>Which dyad, or all dyads pooled per narrator and phase</source>
        <translation>Welche Dyade, oder alle Dyaden zusammengefasst je Erzähler:in und Phase</translation>
    </message>
    <message>
        <source>Whose coding: the consensus layer or a coder&apos;s own layer</source>
        <translation>Wessen Kodierung: die Konsensebene oder die eigene Ebene einer:eines Kodierenden</translation>
    </message>
    <message>
        <source>Compare single categories, their clusters or (CCRT-LU) the directions</source>
        <translation>Einzelne Kategorien, ihre Cluster oder (ZBKT-LU) die Richtungen vergleichen</translation>
    </message>
    <message>
        <source>Which of the narrators&apos; REs: all, about the partner, about others</source>
        <translation>Welche BE der Erzählenden: alle, über die Partner:in, über andere</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>Konsens</translation>
    </message>
    <message>
        <source>&amp;Dyad:</source>
        <translation>&amp;Dyade:</translation>
    </message>
    <message>
        <source>&amp;Layer:</source>
        <translation>&amp;Ebene:</translation>
    </message>
    <message>
        <source>Le&amp;vel:</source>
        <translation>&amp;Stufe:</translation>
    </message>
    <message>
        <source>&amp;REs:</source>
        <translation>&amp;BE:</translation>
    </message>
</context>
<context>
    <name>ComparisonTableModel</name>
    <message>
        <source>Phase {phases}</source>
        <translation>Phase {phases}</translation>
    </message>
    <message>
        <source>how alike the two profiles are</source>
        <translation>wie ähnlich sich die beiden Profile sind</translation>
    </message>
    <message>
        <source>the {kind}&apos;s CCRT</source>
        <translation>das ZBKT: {kind}</translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <source>Computing the CCRTs of the {layer_name} layer…</source>
        <translation>Berechne die ZBKTs der Ebene {layer_name}…</translation>
    </message>
    <message>
        <source>Cannot compute the comparison: {error}</source>
        <translation>Der Vergleich lässt sich nicht berechnen: {error}</translation>
    </message>
</context>
<context>
    <name>CompletenessField</name>
    <message>
        <source>not rated</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>Completeness of the RE, 1 (sketchy) to 5 (complete); Alt+1 … Alt+5 rate it</source>
        <translation>Vollständigkeit der BE, 1 (bruchstückhaft) bis 5 (vollständig); Alt+1 … Alt+5 bewerten sie</translation>
    </message>
    <message>
        <source>below {threshold:g}: left out of the CCRT</source>
        <translation>unter {threshold:g}: nicht im ZBKT</translation>
    </message>
    <message>
        <source>of 5</source>
        <translation>von 5</translation>
    </message>
</context>
<context>
    <name>ComponentSwitch</name>
    <message>
        <source>{title} (Alt+{value})</source>
        <translation>{title} (Alt+{value})</translation>
    </message>
</context>
<context>
    <name>ConsensusActions</name>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>✓ in consensus</source>
        <translation>✓ im Konsens</translation>
    </message>
    <message>
        <source>Edit, then accept…</source>
        <translation>Bearbeiten, dann übernehmen…</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Copy this unit into the consensus</source>
        <translation>Diese Einheit in den Konsens übernehmen</translation>
    </message>
    <message>
        <source>Edit, then accept into the consensus</source>
        <translation>Bearbeiten, dann in den Konsens übernehmen</translation>
    </message>
    <message>
        <source>Add a unit to the consensus</source>
        <translation>Eine Einheit zum Konsens hinzufügen</translation>
    </message>
    <message>
        <source>Add {code} on {excerpt} into the consensus</source>
        <translation>{code} auf {excerpt} zum Konsens hinzufügen</translation>
    </message>
    <message>
        <source>Edit the consensus unit</source>
        <translation>Die Konsenseinheit bearbeiten</translation>
    </message>
    <message>
        <source>Edit consensus {before} → {after}</source>
        <translation>Konsens {before} → {after} bearbeiten</translation>
    </message>
    <message>
        <source>Delete consensus {code} on {excerpt}</source>
        <translation>Konsens-{code} auf {excerpt} löschen</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>Rate RE {number} consensus completeness {words}</source>
        <translation>Konsens-Vollständigkeit von BE {number} mit {words} bewerten</translation>
    </message>
    <message>
        <source>Say who leads the meeting first (Project ▸ Who is coding?)</source>
        <translation>Sagen Sie zuerst, wer die Sitzung leitet (Projekt ▸ Wer kodiert?)</translation>
    </message>
    <message>
        <source>Replace consensus {old} with {new} on {excerpt}</source>
        <translation>Konsens-{old} auf {excerpt} durch {new} ersetzen</translation>
    </message>
    <message>
        <source>Accept {code} on {excerpt} into the consensus</source>
        <translation>{code} auf {excerpt} in den Konsens übernehmen</translation>
    </message>
</context>
<context>
    <name>ConsensusBar</name>
    <message>
        <source>not rated</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>The consensus completeness rating of this RE (1–5)</source>
        <translation>Die Konsensbewertung der Vollständigkeit dieser BE (1–5)</translation>
    </message>
    <message>
        <source>Add selected text as a unit…</source>
        <translation>Ausgewählten Text als Einheit hinzufügen…</translation>
    </message>
    <message>
        <source>Code the text selected in the transcript into the consensus</source>
        <translation>Den im Transkript ausgewählten Text in den Konsens kodieren</translation>
    </message>
    <message>
        <source>Consensus:</source>
        <translation>Konsens:</translation>
    </message>
    <message>
        <source>no coder rated it yet</source>
        <translation>noch von niemandem bewertet</translation>
    </message>
</context>
<context>
    <name>ConsensusUnitDialog</name>
    <message>
        <source>Edit, then accept into the consensus</source>
        <translation>Bearbeiten, dann in den Konsens übernehmen</translation>
    </message>
    <message>
        <source>Filter by code or label</source>
        <translation>Nach Code oder Bezeichnung filtern</translation>
    </message>
    <message>
        <source>Component:</source>
        <translation>Komponente:</translation>
    </message>
    <message>
        <source>Categories:</source>
        <translation>Kategorien:</translation>
    </message>
    <message>
        <source>Tailor-made label:</source>
        <translation>Maßgeschneiderte Formulierung:</translation>
    </message>
    <message>
        <source>Valence:</source>
        <translation>Valenz:</translation>
    </message>
    <message>
        <source>Actual or anticipated:</source>
        <translation>Tatsächlich oder erwartet:</translation>
    </message>
    <message>
        <source>Memo:</source>
        <translation>Memo:</translation>
    </message>
</context>
<context>
    <name>ContextPanel</name>
    <message>
        <source>Memo: {memo}</source>
        <translation>Memo: {memo}</translation>
    </message>
    <message>
        <source>Choose a unit to read it in its RE.</source>
        <translation>Wählen Sie eine Einheit, um sie in ihrer BE zu lesen.</translation>
    </message>
    <message>
        <source>This unit is no longer in the project.</source>
        <translation>Diese Einheit ist nicht mehr im Projekt.</translation>
    </message>
    <message>
        <source>{dyad} · {narrator} · phase {phase} · {re} · {coder}</source>
        <translation>{dyad} · {narrator} · Phase {phase} · {re} · {coder}</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Unexpected error</source>
        <translation>Unerwarteter Fehler</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Details kopieren</translation>
    </message>
    <message>
        <source>Something went wrong inside CCRT Coder ({error}).</source>
        <translation>In CCRT Coder ist etwas schiefgegangen ({error}).</translation>
    </message>
    <message>
        <source>Your coding is saved as you go.</source>
        <translation>Ihre Kodierung wird laufend gespeichert.</translation>
    </message>
    <message>
        <source>The details are in the log file:
{path}</source>
        <translation>Die Details stehen in der Protokolldatei:
{path}</translation>
    </message>
    <message>
        <source>No log file could be written.</source>
        <translation>Es konnte keine Protokolldatei geschrieben werden.</translation>
    </message>
    <message>
        <source>Please send the details (&quot;Copy details&quot;) to the developers.</source>
        <translation>Bitte senden Sie die Details („Details kopieren“) an die Entwickler:innen.</translation>
    </message>
</context>
<context>
    <name>DesignMenu</name>
    <message>
        <source>Study &amp;design…</source>
        <translation>Studien&amp;design…</translation>
    </message>
    <message>
        <source>C&amp;oders…</source>
        <translation>&amp;Kodierende…</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>&amp;Projekt</translation>
    </message>
</context>
<context>
    <name>DisagreementModel</name>
    <message>
        <source>{text}&apos;s main category in the RE (and the others used there)</source>
        <translation>Hauptkategorie von {text} in der BE (und die dort sonst verwendeten)</translation>
    </message>
    <message>
        <source>
Double-click or Enter: open it in the consensus meeting</source>
        <translation>
Doppelklick oder Eingabe: in der Konsenssitzung öffnen</translation>
    </message>
    <message>
        <source>{coder} coded no {component} unit with a category in this RE</source>
        <translation>{coder} hat in dieser BE keine {component}-Einheit mit Kategorie kodiert</translation>
    </message>
    <message>
        <source>{coder}: main {level} {given}; used here: {used}</source>
        <translation>{coder}: Haupt-{level} {given}; hier verwendet: {used}</translation>
    </message>
</context>
<context>
    <name>DisagreementPanel</name>
    <message>
        <source>Show the disagreements of one component</source>
        <translation>Die Abweichungen einer Komponente zeigen</translation>
    </message>
    <message>
        <source>Co&amp;mponent:</source>
        <translation>Ko&amp;mponente:</translation>
    </message>
    <message>
        <source>All ({total})</source>
        <translation>Alle ({total})</translation>
    </message>
    <message>
        <source>Where the coders&apos; main {level} differ; “+”: the others a coder used there. Double-click (or Enter) opens the RE in the consensus meeting.</source>
        <translation>Wo sich die Haupt-{level} der Kodierenden unterscheiden; „+“: die dort sonst verwendeten. Doppelklick (oder Eingabe) öffnet die BE in der Konsenssitzung.</translation>
    </message>
</context>
<context>
    <name>DiskWatcher</name>
    <message>
        <source>Project updated on disk</source>
        <translation>Projekt auf dem Datenträger geändert: neu geladen</translation>
    </message>
</context>
<context>
    <name>DyadNotes</name>
    <message>
        <source>&amp;Save notes</source>
        <translation>&amp;Notizen speichern</translation>
    </message>
    <message>
        <source>Note on patient {code}</source>
        <translation>Notiz zu Patient:in {code}</translation>
    </message>
    <message>
        <source>Note on therapist {code}</source>
        <translation>Notiz zu Therapeut:in {code}</translation>
    </message>
</context>
<context>
    <name>EncryptionMenu</name>
    <message>
        <source>Encr&amp;ypt project…</source>
        <translation>Projekt verschl&amp;üsseln…</translation>
    </message>
    <message>
        <source>C&amp;hange password…</source>
        <translation>Pass&amp;wort ändern…</translation>
    </message>
    <message>
        <source>Decrypt project…</source>
        <translation>Projekt entschlüsseln…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>{name} is encrypted: give its password</source>
        <translation>{name} ist verschlüsselt: Geben Sie das Passwort ein</translation>
    </message>
    <message>
        <source>Encrypt project</source>
        <translation>Projekt verschlüsseln</translation>
    </message>
    <message>
        <source>Choose a password for {name}. Without it nobody can open the project, and a lost password cannot be recovered. A long passphrase of several unrelated words is both safe and easy to remember.</source>
        <translation>Wählen Sie ein Passwort für {name}. Ohne es kann niemand das Projekt öffnen, und ein verlorenes Passwort lässt sich nicht wiederherstellen. Eine lange Passphrase aus mehreren unzusammenhängenden Wörtern ist sicher und leicht zu merken.</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Passwort ändern</translation>
    </message>
    <message>
        <source>Choose a new password for {name}. The old one will no longer open it.</source>
        <translation>Wählen Sie ein neues Passwort für {name}. Das alte öffnet es dann nicht mehr.</translation>
    </message>
    <message>
        <source>Decrypt project</source>
        <translation>Projekt entschlüsseln</translation>
    </message>
    <message>
        <source>Store {name} unencrypted? Anyone who can copy the file can then read the transcripts.</source>
        <translation>{name} unverschlüsselt speichern? Wer die Datei kopieren kann, kann dann die Transkripte lesen.</translation>
    </message>
    <message>
        <source>Cannot convert the project</source>
        <translation>Das Projekt kann nicht umgewandelt werden</translation>
    </message>
</context>
<context>
    <name>ExchangeMenu</name>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Import coded &amp;units…</source>
        <translation>Kodierte Einhei&amp;ten importieren…</translation>
    </message>
    <message>
        <source>&amp;Merge coders&apos; projects…</source>
        <translation>Projekte der Kodierenden zusa&amp;mmenführen…</translation>
    </message>
    <message>
        <source>E&amp;xport REFI-QDA (.qdpx)…</source>
        <translation>&amp;REFI-QDA exportieren (.qdpx)…</translation>
    </message>
    <message>
        <source>Import REFI-QDA pro&amp;ject…</source>
        <translation>REFI-QDA-Projekt im&amp;portieren…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Merge finished</source>
        <translation>Zusammenführung abgeschlossen</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Names:</source>
        <translation>Namen:</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>Preparing the export…</source>
        <translation>Export wird vorbereitet…</translation>
    </message>
    <message>
        <source>Writing row {done:,} of {total:,}…</source>
        <translation>Schreibe Zeile {done:,} von {total:,}…</translation>
    </message>
    <message>
        <source>a workbook</source>
        <translation>eine Arbeitsmappe</translation>
    </message>
    <message>
        <source>{n_files} CSV files</source>
        <translation>{n_files} CSV-Dateien</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Export abgeschlossen</translation>
    </message>
    <message>
        <source>Exported {n_rows} sheets ({rows:,} rows) to {what}:</source>
        <translation>{n_rows} Tabellen ({rows:,} Zeilen) exportiert in {what}:</translation>
    </message>
    <message>
        <source>The export failed; nothing was written.</source>
        <translation>Der Export ist fehlgeschlagen; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>One CSV file per sheet ({stem}-units.csv, …), UTF-8 for Excel.</source>
        <translation>Eine CSV-Datei je Tabelle ({stem}-units.csv, …), UTF-8 für Excel.</translation>
    </message>
    <message>
        <source>One workbook, a sheet for each part, ready to filter and pivot.</source>
        <translation>Eine Arbeitsmappe mit einer Tabelle je Teil, bereit zum Filtern und Pivotieren.</translation>
    </message>
    <message>
        <source>The file name must end in .xlsx or .csv.</source>
        <translation>Der Dateiname muss auf .xlsx oder .csv enden.</translation>
    </message>
    <message>
        <source>Export coded set</source>
        <translation>Kodierung exportieren</translation>
    </message>
    <message>
        <source>Write the coded set for Excel, LibreOffice or a statistics program: one workbook (.xlsx), or one CSV file per sheet (.csv).</source>
        <translation>Die Kodierung für Excel, LibreOffice oder ein Statistikprogramm schreiben: eine Arbeitsmappe (.xlsx) oder eine CSV-Datei je Tabelle (.csv).</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>study.xlsx or study.csv</source>
        <translation>studie.xlsx oder studie.csv</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Du&amp;rchsuchen…</translation>
    </message>
    <message>
        <source>One workbook with a sheet for each part.</source>
        <translation>Eine Arbeitsmappe mit einer Tabelle je Teil.</translation>
    </message>
    <message>
        <source>&amp;Coders:</source>
        <translation>&amp;Kodierende:</translation>
    </message>
    <message>
        <source>Whose units and ratings to export</source>
        <translation>Wessen Einheiten und Bewertungen exportiert werden</translation>
    </message>
    <message>
        <source>Layer:</source>
        <translation>Ebene:</translation>
    </message>
    <message>
        <source>C&amp;oders&apos; own coding</source>
        <translation>Eigene K&amp;odierung der Kodierenden</translation>
    </message>
    <message>
        <source>Co&amp;nsensus</source>
        <translation>Ko&amp;nsens</translation>
    </message>
    <message>
        <source>&amp;Both</source>
        <translation>Be&amp;ides</translation>
    </message>
    <message>
        <source>Sheets:</source>
        <translation>Tabellen:</translation>
    </message>
    <message>
        <source>&amp;Units</source>
        <translation>Ein&amp;heiten</translation>
    </message>
    <message>
        <source>One row per coded unit (W, RO, RS) with its RE, category, text and memo</source>
        <translation>Eine Zeile je kodierter Einheit (W, RO, RS) mit BE, Kategorie, Text und Memo</translation>
    </message>
    <message>
        <source>&amp;REs</source>
        <translation>&amp;BE</translation>
    </message>
    <message>
        <source>One row per relationship episode, with each coder&apos;s completeness rating</source>
        <translation>Eine Zeile je Beziehungsepisode, mit der Vollständigkeitsbewertung jeder:jedes Kodierenden</translation>
    </message>
    <message>
        <source>CC&amp;RT</source>
        <translation>&amp;ZBKT</translation>
    </message>
    <message>
        <source>The CCRT per dyad, narrator, phase and layer</source>
        <translation>Das ZBKT je Dyade, Erzähler:in, Phase und Ebene</translation>
    </message>
    <message>
        <source>Com&amp;parison</source>
        <translation>&amp;Vergleich</translation>
    </message>
    <message>
        <source>Patient and therapist CCRTs side by side, per dyad and phase</source>
        <translation>ZBKTs von Patient:in und Therapeut:in nebeneinander, je Dyade und Phase</translation>
    </message>
    <message>
        <source>&amp;Agreement</source>
        <translation>Übereins&amp;timmung</translation>
    </message>
    <message>
        <source>Inter-rater agreement of the coders&apos; own layers</source>
        <translation>Interrater-Übereinstimmung der eigenen Ebenen der Kodierenden</translation>
    </message>
    <message>
        <source>Ca&amp;tegories</source>
        <translation>Kate&amp;gorien</translation>
    </message>
    <message>
        <source>The category system the project codes with</source>
        <translation>Das Kategoriensystem, mit dem das Projekt kodiert</translation>
    </message>
    <message>
        <source>&amp;Memos</source>
        <translation>&amp;Memos</translation>
    </message>
    <message>
        <source>One row per coder&apos;s memo on an interview or an RE</source>
        <translation>Eine Zeile je Memo einer:eines Kodierenden zu einem Interview oder einer BE</translation>
    </message>
    <message>
        <source>D&amp;yad similarity</source>
        <translation>D&amp;yaden-Ähnlichkeit</translation>
    </message>
    <message>
        <source>Patient-therapist similarity over the dyads (mean, SD, range), the pooled profiles apart, and the chance baseline</source>
        <translation>Ähnlichkeit Patient:in–Therapeut:in über die Dyaden (Mittelwert, SD, Spannweite), getrennt davon die gepoolten Profile, und die Zufallsbasis</translation>
    </message>
    <message>
        <source>Abo&amp;ut</source>
        <translation>&amp;Angaben</translation>
    </message>
    <message>
        <source>The project, export time, app version and settings such as thresholds</source>
        <translation>Das Projekt, Exportzeitpunkt, App-Version und Einstellungen wie Schwellenwerte</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>Export abbrechen</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in this transcript</source>
        <translation>In diesem Transkript suchen</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>&amp;Nächster Treffer</translation>
    </message>
    <message>
        <source>Find pre&amp;vious</source>
        <translation>&amp;Vorheriger Treffer</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Previous hit (Shift+F3, Shift+Enter)</source>
        <translation>Vorheriger Treffer (Umschalt+F3, Umschalt+Eingabe)</translation>
    </message>
    <message>
        <source>Next hit (F3, Enter)</source>
        <translation>Nächster Treffer (F3, Eingabe)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>{current} of {n}</source>
        <translation>{current} von {n}</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
</context>
<context>
    <name>HeatGrid</name>
    <message>
        <source>undefined: {reason}</source>
        <translation>nicht definiert: {reason}</translation>
    </message>
</context>
<context>
    <name>HeatmapCanvas</name>
    <message>
        <source>export as .png or .svg, not {suffix}</source>
        <translation>als .png oder .svg exportieren, nicht {suffix}</translation>
    </message>
    <message>
        <source>there is no heat map to export yet</source>
        <translation>es gibt noch keine Heatmap zum Exportieren</translation>
    </message>
    <message>
        <source>cannot write {path}</source>
        <translation>{path} lässt sich nicht schreiben</translation>
    </message>
    <message>
        <source>undefined</source>
        <translation>nicht definiert</translation>
    </message>
</context>
<context>
    <name>HeatmapPanel</name>
    <message>
        <source>Export heat map…</source>
        <translation>Heatmap exportieren…</translation>
    </message>
    <message>
        <source>Save the heat map as a PNG image or an SVG drawing</source>
        <translation>Die Heatmap als PNG-Bild oder SVG-Zeichnung speichern</translation>
    </message>
    <message>
        <source>Export heat map</source>
        <translation>Heatmap exportieren</translation>
    </message>
</context>
<context>
    <name>IdentityKeeper</name>
    <message>
        <source>Cannot choose this coder</source>
        <translation>Diese:r Kodierer:in lässt sich nicht wählen</translation>
    </message>
</context>
<context>
    <name>ImportCodesDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>From the file&apos;s Coder column</source>
        <translation>Aus der Spalte „Coder“ der Datei</translation>
    </message>
    <message>
        <source>Import coded units</source>
        <translation>Kodierte Einheiten importieren</translation>
    </message>
    <message>
        <source>Checking every row of {name}…</source>
        <translation>Prüfe jede Zeile von {name}…</translation>
    </message>
    <message>
        <source>Coded units imported</source>
        <translation>Kodierte Einheiten importiert</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Cannot import coded units</source>
        <translation>Kodierte Einheiten lassen sich nicht importieren</translation>
    </message>
    <message>
        <source>Add coded units from a Units sheet (.xlsx) or a units CSV file, such as an export of another copy of this study. REs are matched by dyad, narrator, phase and RE number; a row without start and end is found by its exact text in the RE. Every row is checked first: if one is wrong, nothing is added.</source>
        <translation>Kodierte Einheiten aus einer Units-Tabelle (.xlsx) oder einer Units-CSV-Datei hinzufügen, etwa aus dem Export einer anderen Kopie dieser Studie. BE werden über Dyade, Erzähler:in, Phase und BE-Nummer zugeordnet; eine Zeile ohne Start und Ende wird über ihren genauen Text in der BE gefunden. Jede Zeile wird zuerst geprüft: Ist eine fehlerhaft, wird nichts hinzugefügt.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>study.xlsx or study-units.csv</source>
        <translation>studie.xlsx oder studie-units.csv</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Du&amp;rchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Coder:</source>
        <translation>&amp;Kodierer:in:</translation>
    </message>
    <message>
        <source>Leave empty to take each row&apos;s coder from the file&apos;s Coder column. A name here makes every row that coder&apos;s; a new name adds a coder.</source>
        <translation>Leer lassen, um die Kodierenden jeder Zeile aus der Spalte „Coder“ der Datei zu nehmen. Ein Name hier ordnet alle Zeilen dieser Person zu; ein neuer Name fügt eine:n Kodierer:in hinzu.</translation>
    </message>
    <message>
        <source>&amp;Skip units the project has already</source>
        <translation>Bereits vorhandene Einheiten über&amp;springen</translation>
    </message>
    <message>
        <source>A row whose unit is in the project already (same coder, layer, RE, component, text and categories) is skipped and counted instead of stopping the import; the other rows are still added all or none.</source>
        <translation>Eine Zeile, deren Einheit schon im Projekt ist (dieselbe kodierende Person, Ebene, BE, Komponente, derselbe Text und dieselben Kategorien), wird übersprungen und gezählt, statt den Import abzubrechen; die übrigen Zeilen werden weiterhin alle oder keine hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>IntervalButton</name>
    <message>
        <source>Bootstrap replicates for the 95% intervals (interviews resampled with all their REs); 0: no bootstrap, analytic intervals where they exist</source>
        <translation>Bootstrap-Replikationen für die 95%-Intervalle (Interviews mit allen ihren BE neu gezogen); 0: kein Bootstrap, analytische Intervalle, wo es sie gibt</translation>
    </message>
    <message>
        <source>The same seed gives the same intervals</source>
        <translation>Derselbe Startwert ergibt dieselben Intervalle</translation>
    </message>
    <message>
        <source>Bootstrap &amp;replicates:</source>
        <translation>Bootstrap-&amp;Replikationen:</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>Start&amp;wert:</translation>
    </message>
    <message>
        <source>How the 95% intervals are computed</source>
        <translation>Wie die 95%-Intervalle berechnet werden</translation>
    </message>
    <message>
        <source>95% CI: B = {b}</source>
        <translation>95%-KI: B = {b}</translation>
    </message>
    <message>
        <source>95% CI: analytic</source>
        <translation>95%-KI: analytisch</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>&amp;Systemsprache</translation>
    </message>
    <message>
        <source>The language changes when CCRT Coder starts next time.</source>
        <translation>Die Sprache ändert sich beim nächsten Start von CCRT Coder.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Coding</source>
        <translation>Kodieren</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Neues Projekt…</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>Projekt ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;demo study</source>
        <translation>&amp;Demostudie öffnen</translation>
    </message>
    <message>
        <source>&amp;Close project</source>
        <translation>Projekt &amp;schließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Kodieren</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About CCRT Coder</source>
        <translation>Ü&amp;ber CCRT Coder</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>Projekt lässt sich nicht öffnen</translation>
    </message>
    <message>
        <source>Cannot create project</source>
        <translation>Projekt lässt sich nicht anlegen</translation>
    </message>
    <message>
        <source>Preparing the demo study…</source>
        <translation>Demostudie wird vorbereitet…</translation>
    </message>
    <message>
        <source>No demo study</source>
        <translation>Keine Demostudie</translation>
    </message>
    <message>
        <source>This installation has no demo study.</source>
        <translation>Diese Installation enthält keine Demostudie.</translation>
    </message>
    <message>
        <source>Cannot prepare the demo study</source>
        <translation>Die Demostudie lässt sich nicht vorbereiten</translation>
    </message>
    <message>
        <source>Cannot show project</source>
        <translation>Projekt lässt sich nicht anzeigen</translation>
    </message>
    <message>
        <source>Opened {path}</source>
        <translation>{path} geöffnet</translation>
    </message>
    <message>
        <source>{name} (coder copy)</source>
        <translation>{name} (Kodierer-Kopie)</translation>
    </message>
    <message>
        <source>{name} (read-only)</source>
        <translation>{name} (schreibgeschützt)</translation>
    </message>
</context>
<context>
    <name>MarginMenu</name>
    <message>
        <source>Coding ma&amp;rgin</source>
        <translation>Kodier&amp;rand</translation>
    </message>
    <message>
        <source>Show each unit as a labelled bar beside the transcript&apos;s lines</source>
        <translation>Jede Einheit als beschrifteten Balken neben den Zeilen des Transkripts zeigen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
</context>
<context>
    <name>MemoDialog</name>
    <message>
        <source>Your own note as {coder}: other coders do not see it while coding blind. Leave it empty to remove the memo.</source>
        <translation>Ihre eigene Notiz als {coder}: Andere Kodierende sehen sie während der Blindkodierung nicht. Lassen Sie das Feld leer, um das Memo zu entfernen.</translation>
    </message>
</context>
<context>
    <name>MemoFlows</name>
    <message>
        <source>RE &amp;memo…</source>
        <translation>BE-&amp;Memo…</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Memo</translation>
    </message>
    <message>
        <source>In&amp;terview memo…</source>
        <translation>In&amp;terview-Memo…</translation>
    </message>
    <message>
        <source>Your memo on this interview (none yet)</source>
        <translation>Ihr Memo zu diesem Interview (noch keines)</translation>
    </message>
    <message>
        <source>Memo ✓</source>
        <translation>Memo ✓</translation>
    </message>
    <message>
        <source>Memo on RE {number}</source>
        <translation>Memo zu BE {number}</translation>
    </message>
    <message>
        <source>Memo on {interview}</source>
        <translation>Memo zu {interview}</translation>
    </message>
    <message>
        <source>Choose who is coding and open an interview first.</source>
        <translation>Geben Sie zuerst an, wer kodiert, und öffnen Sie ein Interview.</translation>
    </message>
</context>
<context>
    <name>MemoMenu</name>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Kodieren</translation>
    </message>
</context>
<context>
    <name>MemosModel</name>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>Kodierer:in</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Memo</translation>
    </message>
    <message>
        <source>{place} · interview</source>
        <translation>{place} · Interview</translation>
    </message>
    <message>
        <source>{place} · RE {number}</source>
        <translation>{place} · BE {number}</translation>
    </message>
</context>
<context>
    <name>MemosTab</name>
    <message>
        <source>Choose a memo to read it in full.</source>
        <translation>Wählen Sie ein Memo, um es ganz zu lesen.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Zusammenführen</translation>
    </message>
    <message>
        <source>&amp;Copies to merge into {name}:</source>
        <translation>&amp;Kopien, die in {name} zusammengeführt werden:</translation>
    </message>
    <message>
        <source>Merge coders&apos; projects into {name}</source>
        <translation>Projekte der Kodierenden in {name} zusammenführen</translation>
    </message>
    <message>
        <source>Copies to merge</source>
        <translation>Zusammenzuführende Kopien</translation>
    </message>
    <message>
        <source>Comparing the copies with this project…</source>
        <translation>Vergleiche die Kopien mit diesem Projekt…</translation>
    </message>
    <message>
        <source>Cannot merge: see above.</source>
        <translation>Zusammenführen nicht möglich: siehe oben.</translation>
    </message>
    <message>
        <source>Backing up {name} and merging…</source>
        <translation>Sichere {name} und führe zusammen…</translation>
    </message>
    <message>
        <source>The merge failed; the project is unchanged.</source>
        <translation>Das Zusammenführen ist fehlgeschlagen; das Projekt ist unverändert.</translation>
    </message>
    <message>
        <source>Merge failed</source>
        <translation>Zusammenführen fehlgeschlagen</translation>
    </message>
    <message>
        <source>Merge coders&apos; projects</source>
        <translation>Projekte der Kodierenden zusammenführen</translation>
    </message>
    <message>
        <source>Bring in the work of coders who coded copies of this study on their own computers. Their units and completeness ratings are added; nothing in this project is overwritten, and a backup is made first.</source>
        <translation>Die Arbeit von Kodierenden übernehmen, die Kopien dieser Studie auf eigenen Rechnern kodiert haben. Ihre Einheiten und Vollständigkeitsbewertungen werden hinzugefügt; nichts in diesem Projekt wird überschrieben, und zuerst wird eine Sicherung angelegt.</translation>
    </message>
    <message>
        <source>&amp;Copies to merge into this project:</source>
        <translation>&amp;Kopien, die in dieses Projekt zusammengeführt werden:</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;What the merge would do:</source>
        <translation>&amp;Was das Zusammenführen bewirken würde:</translation>
    </message>
</context>
<context>
    <name>Mode</name>
    <message>
        <source>Compare coders</source>
        <translation>Kodierende gegenüberstellen</translation>
    </message>
    <message>
        <source>Consensus meeting</source>
        <translation>Konsenssitzung</translation>
    </message>
</context>
<context>
    <name>NarrativeView</name>
    <message>
        <source>Choose an interview in the study tree: dyad → narrator → phase.</source>
        <translation>Wählen Sie ein Interview im Studienbaum: Dyade → Erzähler:in → Phase.</translation>
    </message>
</context>
<context>
    <name>NothingCodableFlows</name>
    <message>
        <source>Choose an RE (and say who is coding) to mark it.</source>
        <translation>Wählen Sie eine BE (und sagen Sie, wer kodiert), um sie zu markieren.</translation>
    </message>
    <message>
        <source>Mark RE {number} nothing codable</source>
        <translation>BE {number} als „nichts zu kodieren“ markieren</translation>
    </message>
    <message>
        <source>Unmark RE {number} nothing codable</source>
        <translation>Markierung „nichts zu kodieren“ von BE {number} entfernen</translation>
    </message>
</context>
<context>
    <name>OverDyadsModel</name>
    <message>
        <source>Phase {phase} · {component}</source>
        <translation>Phase {phase} · {component}</translation>
    </message>
</context>
<context>
    <name>OverDyadsPanel</name>
    <message>
        <source>Over the dyads: each dyad&apos;s own patient-vs-therapist cosine ({level} level), not the pooled profiles&apos; (column Pooled). Pseudo: each patient with the other dyads&apos; therapists; p from {permutations} random re-pairings (seed {seed}).</source>
        <translation>Über die Dyaden: der eigene Kosinus Patient:in vs. Therapeut:in jeder Dyade (Stufe {level}), nicht der der gepoolten Profile (Spalte Gepoolt). Pseudo: jede:r Patient:in mit den Therapeut:innen der anderen Dyaden; p aus {permutations} zufälligen Neupaarungen (Startwert {seed}).</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Caps Lock may be on: the password is all capitals.</source>
        <translation>Die Feststelltaste ist vielleicht aktiv: Das Passwort besteht nur aus Großbuchstaben.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>Type the password.</source>
        <translation>Geben Sie das Passwort ein.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter unterscheiden sich.</translation>
    </message>
</context>
<context>
    <name>PositionIndicator</name>
    <message>
        <source>Line of the text cursor, the RE it is in, and who is coding</source>
        <translation>Zeile der Schreibmarke, die BE, in der sie steht, und wer kodiert</translation>
    </message>
    <message>
        <source>RE {number}</source>
        <translation>BE {number}</translation>
    </message>
    <message>
        <source>no RE</source>
        <translation>keine BE</translation>
    </message>
    <message>
        <source>Line {line} · {where}</source>
        <translation>Zeile {line} · {where}</translation>
    </message>
    <message>
        <source>{name} (lead)</source>
        <translation>{name} (Leitung)</translation>
    </message>
    <message>
        <source>Blind coding</source>
        <translation>Blindkodierung</translation>
    </message>
    <message>
        <source>Coders see each other</source>
        <translation>Kodierende sehen einander</translation>
    </message>
    <message>
        <source>Each coder sees only their own units and ratings</source>
        <translation>Jede:r Kodierende sieht nur die eigenen Einheiten und Bewertungen</translation>
    </message>
    <message>
        <source>Comparison and consensus views show every coder&apos;s units</source>
        <translation>Vergleichs- und Konsensansichten zeigen die Einheiten aller Kodierenden</translation>
    </message>
</context>
<context>
    <name>ProjectCommand</name>
    <message>
        <source>Undone: {text}</source>
        <translation>Rückgängig gemacht: {text}</translation>
    </message>
</context>
<context>
    <name>ProjectSettingsDialog</name>
    <message>
        <source>{text} Only the project lead changes them.</source>
        <translation>{text} Nur die Projektleitung ändert sie.</translation>
    </message>
    <message>
        <source>Project settings</source>
        <translation>Projekteinstellungen</translation>
    </message>
    <message>
        <source>These settings belong to the study and are saved in the project file, for every coder.</source>
        <translation>Diese Einstellungen gehören zur Studie und werden in der Projektdatei gespeichert, für alle Kodierenden.</translation>
    </message>
    <message>
        <source>Study &amp;name:</source>
        <translation>Studien&amp;name:</translation>
    </message>
    <message>
        <source>&amp;Phases:</source>
        <translation>&amp;Phasen:</translation>
    </message>
    <message>
        <source>5, 15, 28</source>
        <translation>5, 15, 28</translation>
    </message>
    <message>
        <source>The sessions after which the RAP interviews were held, separated by commas</source>
        <translation>Die Sitzungen, nach denen die RAP-Interviews geführt wurden, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Completeness &amp;threshold:</source>
        <translation>Vollständigkeits&amp;schwelle:</translation>
    </message>
    <message>
        <source>REs rated below this completeness are left out of CCRT formation (they stay visible)</source>
        <translation>BE mit einer Vollständigkeit unter diesem Wert gehen nicht in die ZBKT-Bildung ein (sie bleiben sichtbar)</translation>
    </message>
    <message>
        <source>&amp;Minimum REs for a CCRT:</source>
        <translation>&amp;Mindestzahl BE für ein ZBKT:</translation>
    </message>
    <message>
        <source>Fewer REs than this are flagged in the CCRT, the comparison and the agreement report</source>
        <translation>Weniger BE als dieser Wert werden im ZBKT, im Vergleich und im Übereinstimmungsbericht markiert</translation>
    </message>
    <message>
        <source>One minimum for the CCRT, the patient–therapist comparison and the agreement report: fewer REs are flagged “few REs”. About 10 are usual for a stable CCRT.</source>
        <translation>Ein Minimum für das ZBKT, den Vergleich Patient:in–Therapeut:in und den Übereinstimmungsbericht: Weniger BE werden als „wenige BE“ markiert. Für ein stabiles ZBKT sind etwa 10 üblich.</translation>
    </message>
    <message>
        <source>Blind coding:</source>
        <translation>Blindkodierung:</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Ein</translation>
    </message>
</context>
<context>
    <name>PseudonymizeChoice</name>
    <message>
        <source>Export {name}</source>
        <translation>{name} exportieren</translation>
    </message>
    <message>
        <source>Write {name} with the transcripts, REs and every coder&apos;s units.</source>
        <translation>{name} mit den Transkripten, BE und den Einheiten aller Kodierenden schreiben.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
</context>
<context>
    <name>PseudonymizeOption</name>
    <message>
        <source>&amp;Pseudonymise: replace people&apos;s names by labels</source>
        <translation>&amp;Pseudonymisieren: Personennamen durch Platzhalter ersetzen</translation>
    </message>
    <message>
        <source>Patient and therapist by their codes, other persons by role and number ([MOTHER], [FRIEND-2]), coders as Coder 1..n, and the names you added</source>
        <translation>Patient:in und Therapeut:in durch ihre Codes, andere Personen durch Rolle und Nummer ([MOTHER], [FRIEND-2]), Kodierende als Coder 1..n, dazu die von Ihnen hinzugefügten Namen</translation>
    </message>
    <message>
        <source>Preview replacements…</source>
        <translation>Ersetzungen ansehen…</translation>
    </message>
</context>
<context>
    <name>QdpxJob</name>
    <message>
        <source>{title} failed</source>
        <translation>{title} fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>ReEditor</name>
    <message>
        <source>e.g. Helga (optional)</source>
        <translation>z. B. Helga (optional)</translation>
    </message>
    <message>
        <source>choose (type its first letters)</source>
        <translation>wählen (Anfangsbuchstaben eintippen)</translation>
    </message>
    <message>
        <source>About this dyad&apos;s &amp;partner</source>
        <translation>Über die &amp;Partner:in dieser Dyade</translation>
    </message>
    <message>
        <source>Ticked by itself when the other person is the dyad partner&apos;s type; tick or clear it for, e.g., a former therapist or another patient.</source>
        <translation>Wird von selbst angekreuzt, wenn die andere Person vom Typ der Dyaden-Partner:in ist; ankreuzen oder abwählen z. B. bei früheren Therapeut:innen oder anderen Patient:innen.</translation>
    </message>
    <message>
        <source>&amp;Other person:</source>
        <translation>&amp;Andere Person:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Time frame:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>Choose the other person first: type its first letters, or ↓.</source>
        <translation>Wählen Sie zuerst die andere Person: Anfangsbuchstaben eintippen oder ↓.</translation>
    </message>
</context>
<context>
    <name>ReFlows</name>
    <message>
        <source>Cannot make this an RE: {problems0}.</source>
        <translation>Daraus lässt sich keine BE machen: {problems0}.</translation>
    </message>
    <message>
        <source>New RE {number}</source>
        <translation>Neue BE {number}</translation>
    </message>
    <message>
        <source>Choose an RE first.</source>
        <translation>Wählen Sie zuerst eine BE.</translation>
    </message>
    <message>
        <source>RE {number}</source>
        <translation>BE {number}</translation>
    </message>
    <message>
        <source>Other person and time frame</source>
        <translation>Andere Person und Zeitraum</translation>
    </message>
    <message>
        <source>Change RE {number} to {other_type}</source>
        <translation>BE {number} ändern in {other_type}</translation>
    </message>
    <message>
        <source>New RE ({other_type}) on {lines}</source>
        <translation>Neue BE ({other_type}) auf {lines}</translation>
    </message>
    <message>
        <source>Choose the RE to extend first.</source>
        <translation>Wählen Sie zuerst die zu erweiternde BE.</translation>
    </message>
    <message>
        <source>Add {describe} to RE {number}</source>
        <translation>{describe} zu BE {number} hinzufügen</translation>
    </message>
    <message>
        <source>Delete RE {number}</source>
        <translation>BE {number} löschen</translation>
    </message>
    <message>
        <source>Choose an RE (and say who is coding) to rate it.</source>
        <translation>Wählen Sie eine BE (und geben Sie an, wer kodiert), um sie zu bewerten.</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>Rate RE {number} completeness {words}</source>
        <translation>Vollständigkeit von BE {number} mit {words} bewerten</translation>
    </message>
</context>
<context>
    <name>ReHeaderBar</name>
    <message>
        <source>Other person:</source>
        <translation>Andere Person:</translation>
    </message>
    <message>
        <source>Time frame:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <source>Completeness:</source>
        <translation>Vollständigkeit:</translation>
    </message>
    <message>
        <source>Memo:</source>
        <translation>Memo:</translation>
    </message>
    <message>
        <source>RE {number}</source>
        <translation>BE {number}</translation>
    </message>
    <message>
        <source>No RE selected</source>
        <translation>Keine BE ausgewählt</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>nicht angegeben</translation>
    </message>
</context>
<context>
    <name>RePanel</name>
    <message>
        <source>Relationship episodes</source>
        <translation>Beziehungsepisoden</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Einheiten</translation>
    </message>
    <message numerus="yes">
        <source>%n RE(s) in this interview</source>
        <translation>
            <numerusform>%n BE in diesem Interview</numerusform>
            <numerusform>%n BE in diesem Interview</numerusform>
        </translation>
    </message>
    <message>
        <source>No interview open</source>
        <translation>Kein Interview geöffnet</translation>
    </message>
    <message>
        <source>, {n_shown} about the dyad partner</source>
        <translation>, {n_shown} über die Dyadenpartner:in</translation>
    </message>
    <message>
        <source>coded by {coder}</source>
        <translation>kodiert von {coder}</translation>
    </message>
    <message>
        <source>no coder chosen</source>
        <translation>kein:e Kodierer:in gewählt</translation>
    </message>
    <message>
        <source>{n_units} in this RE, {who}</source>
        <translation>{n_units} in dieser BE, {who}</translation>
    </message>
    <message>
        <source>Choose an RE to see its units.</source>
        <translation>Wählen Sie eine BE, um ihre Einheiten zu sehen.</translation>
    </message>
    <message>
        <source>This project has no coders yet.</source>
        <translation>Dieses Projekt hat noch keine Kodierenden.</translation>
    </message>
    <message>
        <source>{coder} has not coded units in RE {number} yet.</source>
        <translation>{coder} hat in BE {number} noch keine Einheiten kodiert.</translation>
    </message>
</context>
<context>
    <name>RecentProjectsMenu</name>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>Keine zuletzt geöffneten Projekte</translation>
    </message>
</context>
<context>
    <name>RedactionDialog</name>
    <message>
        <source>Names to redact</source>
        <translation>Zu schwärzende Namen</translation>
    </message>
    <message>
        <source>Pseudonymised exports replace these names, as whole words in any case (possessives too), in every sheet, transcript, unit text and memo. The names of coders, dyad partners, the REs&apos; other persons and surnames given with a title (Mr., Dr., Frau …) are suggested from the project and always replaced; you can give them another label.</source>
        <translation>Pseudonymisierte Exporte ersetzen diese Namen als ganze Wörter unabhängig von Groß- und Kleinschreibung (auch im Genitiv) in jeder Tabelle, jedem Transkript, jedem Einheitentext und jedem Memo. Die Namen der Kodierenden, der Dyaden-Partner:innen, der anderen Personen der BE und Nachnamen mit Anrede oder Titel (Herr, Dr., Frau …) werden aus dem Projekt vorgeschlagen und immer ersetzt; Sie können ihnen einen anderen Platzhalter geben.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Platzhalter</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Occurrences</source>
        <translation>Vorkommen</translation>
    </message>
    <message>
        <source>e.g. Mrs. Schmidt</source>
        <translation>z. B. Frau Schmidt</translation>
    </message>
    <message>
        <source>empty: [NAME-n]</source>
        <translation>leer: [NAME-n]</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Platzhalter:</translation>
    </message>
    <message>
        <source>Counting occurrences…</source>
        <translation>Vorkommen werden gezählt…</translation>
    </message>
    <message>
        <source>{names} names; an export makes {total} replacements in the project&apos;s texts.</source>
        <translation>{names} Namen; ein Export nimmt {total} Ersetzungen in den Texten des Projekts vor.</translation>
    </message>
    <message>
        <source>Cannot add the name</source>
        <translation>Der Name kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>Cannot remove the name</source>
        <translation>Der Name kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>Cannot change the label</source>
        <translation>Der Platzhalter kann nicht geändert werden</translation>
    </message>
</context>
<context>
    <name>RedactionMenu</name>
    <message>
        <source>&amp;Names to redact…</source>
        <translation>Zu schwärzende &amp;Namen…</translation>
    </message>
    <message>
        <source>The names pseudonymised exports replace, and how often each occurs</source>
        <translation>Die Namen, die pseudonymisierte Exporte ersetzen, und wie oft jeder vorkommt</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>&amp;Projekt</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Report for Publication</source>
        <translation>Bericht zur Veröffentlichung</translation>
    </message>
    <message>
        <source>A Method paragraph and APA-style results: interrater reliability, the CCRT per narrator and phase, the patient–therapist comparison and the change across phases, with charts.</source>
        <translation>Ein Methodenabschnitt und Ergebnisse im APA-Stil: Interrater-Reliabilität, das ZBKT je Erzähler:in und Phase, der Vergleich Patient:in–Therapeut:in und die Veränderung über die Phasen, mit Diagrammen.</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>Konsens</translation>
    </message>
    <message>
        <source>Coder {name}</source>
        <translation>Kodierer:in {name}</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>Directions (CCRT-LU)</source>
        <translation>Richtungen (ZBKT-LU)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Du&amp;rchsuchen…</translation>
    </message>
    <message>
        <source>Reliability of the coders:</source>
        <translation>Reliabilität der Kodierenden:</translation>
    </message>
    <message>
        <source>CCRT formed from:</source>
        <translation>ZBKT gebildet aus:</translation>
    </message>
    <message>
        <source>CCRT level:</source>
        <translation>ZBKT-Stufe:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>&amp;Write report</source>
        <translation>Bericht &amp;schreiben</translation>
    </message>
    <message>
        <source>Write the report to</source>
        <translation>Bericht schreiben nach</translation>
    </message>
    <message>
        <source>Computing the agreement…</source>
        <translation>Berechne die Übereinstimmung…</translation>
    </message>
    <message>
        <source>Forming the CCRT…</source>
        <translation>Bilde das ZBKT…</translation>
    </message>
    <message>
        <source>Comparing patients and therapists…</source>
        <translation>Vergleiche Patient:innen und Therapeut:innen…</translation>
    </message>
    <message>
        <source>Drawing the tables and charts…</source>
        <translation>Zeichne die Tabellen und Diagramme…</translation>
    </message>
    <message>
        <source>Writing the file…</source>
        <translation>Schreibe die Datei…</translation>
    </message>
    <message>
        <source>Report written</source>
        <translation>Bericht geschrieben</translation>
    </message>
    <message>
        <source>Wrote a report with {tables} tables and {figures} figures:</source>
        <translation>Bericht mit {tables} Tabellen und {figures} Abbildungen geschrieben:</translation>
    </message>
    <message>
        <source>Report cancelled; nothing was written.</source>
        <translation>Bericht abgebrochen; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>The report failed; nothing was written.</source>
        <translation>Der Bericht ist fehlgeschlagen; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>Report failed</source>
        <translation>Bericht fehlgeschlagen</translation>
    </message>
    <message>
        <source>The file name must end in .docx or .html.</source>
        <translation>Der Dateiname muss auf .docx oder .html enden.</translation>
    </message>
    <message>
        <source>A Word document that opens in Word and LibreOffice.</source>
        <translation>Ein Word-Dokument, das sich in Word und LibreOffice öffnen lässt.</translation>
    </message>
    <message>
        <source>One web page with the charts inside; no scripts.</source>
        <translation>Eine Webseite mit eingebetteten Diagrammen; keine Skripte.</translation>
    </message>
</context>
<context>
    <name>ReportMenu</name>
    <message>
        <source>Report for pub&amp;lication…</source>
        <translation>Bericht zur &amp;Veröffentlichung…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
</context>
<context>
    <name>ReportPanel</name>
    <message>
        <source>&lt;b&gt;Warnings&lt;/b&gt;</source>
        <translation>&lt;b&gt;Warnungen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>None: every figure is precise enough and no prevalence is lopsided.</source>
        <translation>Keine: Jeder Wert ist genau genug, und keine Prävalenz ist einseitig.</translation>
    </message>
</context>
<context>
    <name>SearchHitsModel</name>
    <message>
        <source>{labels}, {where}
{context}</source>
        <translation>{labels}, {where}
{context}</translation>
    </message>
    <message>
        <source>{labels}, line {line}
{context}</source>
        <translation>{labels}, Zeile {line}
{context}</translation>
    </message>
    <message>
        <source>interview memo</source>
        <translation>Interview-Memo</translation>
    </message>
    <message>
        <source>memo of RE {number}</source>
        <translation>Memo zu BE {number}</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Filter, e.g. find or zoom</source>
        <translation>Filter, z. B. Suchen oder Zoom</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
</context>
<context>
    <name>StudyDesignDialog</name>
    <message>
        <source>Study design</source>
        <translation>Studiendesign</translation>
    </message>
    <message>
        <source>Save &amp;phases</source>
        <translation>Phasen &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Add dyad</source>
        <translation>Dyade &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Delete interview…</source>
        <translation>Interview &amp;löschen…</translation>
    </message>
    <message>
        <source>Changes are saved at once. Double-click a cell to change it.</source>
        <translation>Änderungen werden sofort gespeichert. Doppelklicken Sie auf eine Zelle, um sie zu ändern.</translation>
    </message>
    <message>
        <source>Only the project lead changes the study design.</source>
        <translation>Nur die Projektleitung ändert das Studiendesign.</translation>
    </message>
    <message>
        <source>P&amp;hases (sessions):</source>
        <translation>&amp;Phasen (Sitzungen):</translation>
    </message>
    <message>
        <source>D&amp;yads</source>
        <translation>D&amp;yaden</translation>
    </message>
    <message>
        <source>&amp;Interviews</source>
        <translation>&amp;Interviews</translation>
    </message>
    <message>
        <source>e.g. D03</source>
        <translation>z. B. D03</translation>
    </message>
    <message>
        <source>default: DYAD-P</source>
        <translation>Standard: DYADE-P</translation>
    </message>
    <message>
        <source>default: DYAD-T</source>
        <translation>Standard: DYADE-T</translation>
    </message>
    <message>
        <source>New dyad</source>
        <translation>Neue Dyade</translation>
    </message>
    <message>
        <source>patient</source>
        <translation>Patient:in</translation>
    </message>
    <message>
        <source>therapist</source>
        <translation>Therapeut:in</translation>
    </message>
    <message>
        <source>Change dyad, narrator or phase to move an interview with its coding.</source>
        <translation>Ändern Sie Dyade, Erzähler:in oder Phase, um ein Interview mit seiner Kodierung zu verschieben.</translation>
    </message>
    <message>
        <source>Phases saved.</source>
        <translation>Phasen gespeichert.</translation>
    </message>
    <message>
        <source>Added dyad {code}.</source>
        <translation>Dyade {code} hinzugefügt.</translation>
    </message>
    <message>
        <source>Notes saved.</source>
        <translation>Notizen gespeichert.</translation>
    </message>
    <message>
        <source>Deleted {what}. The project as it was before is kept in {backup}.</source>
        <translation>{what} gelöscht. Das Projekt im vorherigen Zustand ist in {backup} gesichert.</translation>
    </message>
</context>
<context>
    <name>StudyFilterBar</name>
    <message>
        <source>My unfinished work</source>
        <translation>Meine offene Arbeit</translation>
    </message>
    <message>
        <source>Only interviews with REs you have not coded yet</source>
        <translation>Nur Interviews mit BE, die Sie noch nicht kodiert haben</translation>
    </message>
    <message>
        <source>REs about the dyad partner</source>
        <translation>BE über Partner:in</translation>
    </message>
    <message>
        <source>Only the patient&apos;s REs about the therapist and the therapist&apos;s about the patient</source>
        <translation>Nur die BE der Patient:in über die Therapeut:in und die der Therapeut:in über die Patient:in</translation>
    </message>
    <message>
        <source>{shown} of {total} interviews shown</source>
        <translation>{shown} von {total} Interviews angezeigt</translation>
    </message>
</context>
<context>
    <name>StudySearchDialog</name>
    <message>
        <source>Find in study</source>
        <translation>In der Studie suchen</translation>
    </message>
    <message>
        <source>Text to find in every transcript and your memos</source>
        <translation>Suchtext für alle Transkripte und Ihre Memos</translation>
    </message>
    <message>
        <source>Searches all transcripts of the study and your memos, ignoring case.</source>
        <translation>Durchsucht alle Transkripte der Studie und Ihre Memos, ohne Groß- und Kleinschreibung zu unterscheiden.</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
</context>
<context>
    <name>StudyTreeModel</name>
    <message>
        <source> by {coder}</source>
        <translation> von {coder}</translation>
    </message>
    <message>
        <source>
{coded} of {total} REs done{who} (rated, and coded or rated out)</source>
        <translation>
{coded} von {total} BE{who} erledigt (bewertet und kodiert oder wegen der Bewertung ausgeschlossen)</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Studie</translation>
    </message>
</context>
<context>
    <name>TextZoom</name>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Verk&amp;leinern</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>Larger transcript text</source>
        <translation>Größerer Transkripttext</translation>
    </message>
    <message>
        <source>Smaller transcript text</source>
        <translation>Kleinerer Transkripttext</translation>
    </message>
    <message>
        <source>Transcript text at {READING_POINT_SIZE:g} pt</source>
        <translation>Transkripttext in {READING_POINT_SIZE:g} pt</translation>
    </message>
</context>
<context>
    <name>TranscriptImportDialog</name>
    <message>
        <source>Import transcripts</source>
        <translation>Transkripte importieren</translation>
    </message>
    <message>
        <source>Add transcripts (.txt, .docx) or tables with one row per RE (.csv, .xlsx): with the buttons, or drop files or a folder here. Every file is checked first; Import adds all of them or none.</source>
        <translation>Fügen Sie Transkripte (.txt, .docx) oder Tabellen mit einer Zeile je BE (.csv, .xlsx) hinzu: mit den Schaltflächen oder indem Sie Dateien oder einen Ordner hierher ziehen. Jede Datei wird zuerst geprüft; „Importieren“ fügt alle hinzu oder keine.</translation>
    </message>
    <message>
        <source>{dyad}, {narrator} (patient, therapist, P or T) and {phase} are read from the name; _ - and space each stand for any of them, * for any text. The default reads D01_patient_5.txt, P07-therapist-15.docx and dyad3 T 28.txt.</source>
        <translation>{dyad} (Dyade), {narrator} (Erzähler:in: patient, therapist, P oder T) und {phase} (Phase) werden aus dem Namen gelesen; _, - und Leerzeichen stehen jeweils für eine beliebige Folge dieser Zeichen, * für beliebigen Text. Die Vorgabe liest D01_patient_5.txt, P07-therapist-15.docx und dyad3 T 28.txt.</translation>
    </message>
    <message>
        <source>File &amp;names:</source>
        <translation>Datei&amp;namen:</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>&amp;Dateien hinzufügen…</translation>
    </message>
    <message>
        <source>Add f&amp;older…</source>
        <translation>&amp;Ordner hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Reading the files…</source>
        <translation>Lese die Dateien…</translation>
    </message>
    <message>
        <source>Add transcripts</source>
        <translation>Transkripte hinzufügen</translation>
    </message>
    <message>
        <source>Add a folder of transcripts</source>
        <translation>Einen Ordner mit Transkripten hinzufügen</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Import läuft…</translation>
    </message>
    <message>
        <source>Reading file {done} of {total}…</source>
        <translation>Lese Datei {done} von {total}…</translation>
    </message>
    <message>
        <source>Storing interview {done} of {total}…</source>
        <translation>Speichere Interview {done} von {total}…</translation>
    </message>
    <message>
        <source>Transcripts imported</source>
        <translation>Transkripte importiert</translation>
    </message>
    <message>
        <source>Reading cancelled; those files were not added.</source>
        <translation>Lesen abgebrochen; diese Dateien wurden nicht hinzugefügt.</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was imported.</source>
        <translation>Import abgebrochen; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Cannot import transcripts</source>
        <translation>Transkripte lassen sich nicht importieren</translation>
    </message>
</context>
<context>
    <name>TranscriptImportMenu</name>
    <message>
        <source>&amp;Import transcripts…</source>
        <translation>Transkripte &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>Kein Projekt geöffnet</translation>
    </message>
    <message>
        <source>Open or create a project first, then drop the transcripts again (or use File ▸ Import transcripts…).</source>
        <translation>Öffnen Sie zuerst ein Projekt oder legen Sie eines an, und ziehen Sie die Transkripte dann erneut hierher (oder wählen Sie Datei ▸ Transkripte importieren…).</translation>
    </message>
</context>
<context>
    <name>UnitCard</name>
    <message>
        <source>no category</source>
        <translation>keine Kategorie</translation>
    </message>
</context>
<context>
    <name>UnitDetails</name>
    <message>
        <source>the coder&apos;s own words (tailor-made)</source>
        <translation>eigene Worte der Kodierenden (maßgeschneidert)</translation>
    </message>
    <message>
        <source>+ positive</source>
        <translation>+ positiv</translation>
    </message>
    <message>
        <source>− negative</source>
        <translation>− negativ</translation>
    </message>
    <message>
        <source>optional note</source>
        <translation>optionale Notiz</translation>
    </message>
    <message>
        <source>Valence:</source>
        <translation>Valenz:</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>Formulierung:</translation>
    </message>
    <message>
        <source>Memo:</source>
        <translation>Memo:</translation>
    </message>
</context>
<context>
    <name>UnitFilterBar</name>
    <message>
        <source>Any component</source>
        <translation>Alle Komponenten</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>Any cluster</source>
        <translation>Alle Cluster</translation>
    </message>
    <message>
        <source>Any valence</source>
        <translation>Jede Valenz</translation>
    </message>
    <message>
        <source>Any actuality</source>
        <translation>Tatsächlich und erwartet</translation>
    </message>
    <message>
        <source>Any coder</source>
        <translation>Alle Kodierenden</translation>
    </message>
    <message>
        <source>Every dyad</source>
        <translation>Alle Dyaden</translation>
    </message>
    <message>
        <source>Both narrators</source>
        <translation>Beide Erzählenden</translation>
    </message>
    <message>
        <source>Every phase</source>
        <translation>Alle Phasen</translation>
    </message>
    <message>
        <source>Any other person</source>
        <translation>Alle anderen Personen</translation>
    </message>
    <message>
        <source>Any time frame</source>
        <translation>Alle Zeiträume</translation>
    </message>
    <message>
        <source>Any RE</source>
        <translation>Alle BE</translation>
    </message>
    <message>
        <source>RE </source>
        <translation>BE </translation>
    </message>
    <message>
        <source>RE number</source>
        <translation>BE-Nummer</translation>
    </message>
    <message>
        <source>Find in text, label or memo…</source>
        <translation>In Text, Formulierung oder Memo suchen…</translation>
    </message>
    <message>
        <source>+ positive</source>
        <translation>+ positiv</translation>
    </message>
    <message>
        <source>− negative</source>
        <translation>− negativ</translation>
    </message>
    <message>
        <source>actual</source>
        <translation>tatsächlich</translation>
    </message>
    <message>
        <source>anticipated</source>
        <translation>erwartet</translation>
    </message>
    <message>
        <source>phase {n}</source>
        <translation>Phase {n}</translation>
    </message>
    <message>
        <source>Consensus layer</source>
        <translation>Konsensebene</translation>
    </message>
    <message>
        <source>{name} (own)</source>
        <translation>{name} (eigene Ebene)</translation>
    </message>
</context>
<context>
    <name>UnitFlows</name>
    <message>
        <source>Say who is coding first (Switch coder…).</source>
        <translation>Geben Sie zuerst an, wer kodiert (Kodierer:in wechseln…).</translation>
    </message>
    <message>
        <source>Choose a unit in the units table first.</source>
        <translation>Wählen Sie zuerst eine Einheit in der Einheitentabelle.</translation>
    </message>
    <message>
        <source>No unit at the text cursor: put it into a highlighted unit, or choose one in the units table.</source>
        <translation>Keine Einheit an der Schreibmarke: Setzen Sie sie in eine hervorgehobene Einheit oder wählen Sie eine in der Einheitentabelle.</translation>
    </message>
    <message>
        <source>Edit {code_of} → {code_of2}</source>
        <translation>{code_of} → {code_of2} bearbeiten</translation>
    </message>
    <message>
        <source>Code {code_of} on {excerpt}</source>
        <translation>{code_of} auf {excerpt} kodieren</translation>
    </message>
    <message>
        <source>Choose the unit in the units table, then select its new text.</source>
        <translation>Wählen Sie die Einheit in der Einheitentabelle, dann ihren neuen Text.</translation>
    </message>
    <message>
        <source>Move {code_of} to {excerpt}</source>
        <translation>{code_of} nach {excerpt} verschieben</translation>
    </message>
    <message>
        <source>Delete {code_of} on {excerpt}</source>
        <translation>{code_of} auf {excerpt} löschen</translation>
    </message>
</context>
<context>
    <name>UnitTableModel</name>
    <message>
        <source>Categories: {category_text}</source>
        <translation>Kategorien: {category_text}</translation>
    </message>
    <message>
        <source>Valence: {valence}</source>
        <translation>Valenz: {valence}</translation>
    </message>
    <message>
        <source>Tailor-made: {tailor_label}</source>
        <translation>Maßgeschneidert: {tailor_label}</translation>
    </message>
    <message>
        <source>Memo: {memo}</source>
        <translation>Memo: {memo}</translation>
    </message>
    <message>
        <source>Valence of RO and RS units: + positive, − negative</source>
        <translation>Valenz der RO- und RS-Einheiten: + positiv, − negativ</translation>
    </message>
</context>
<context>
    <name>UnitsView</name>
    <message>
        <source>Categories</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Nach Excel exportieren…</translation>
    </message>
    <message>
        <source>Pseudonymise</source>
        <translation>Pseudonymisieren</translation>
    </message>
    <message>
        <source>Replace people&apos;s names by labels in the workbook (Project ▸ Names to redact…)</source>
        <translation>Personennamen in der Arbeitsmappe durch Platzhalter ersetzen (Projekt ▸ Zu schwärzende Namen…)</translation>
    </message>
    <message>
        <source>Cannot search the units</source>
        <translation>Die Einheiten können nicht durchsucht werden</translation>
    </message>
    <message>
        <source>Units (REs) by</source>
        <translation>Einheiten (BE) je</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>Matrix</translation>
    </message>
    <message>
        <source>Memos</source>
        <translation>Memos</translation>
    </message>
    <message>
        <source>Memos ({n})</source>
        <translation>Memos ({n})</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Zählung läuft…</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>Cannot count the units</source>
        <translation>Die Einheiten lassen sich nicht zählen</translation>
    </message>
    <message>
        <source>{units} — blind coding: only your own</source>
        <translation>{units} – Blindkodierung: nur Ihre eigenen</translation>
    </message>
</context>
<context>
    <name>ViewSwitcher</name>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>&amp;Coding</source>
        <translation>&amp;Kodieren</translation>
    </message>
    <message>
        <source>Co&amp;mparison</source>
        <translation>&amp;Vergleich</translation>
    </message>
    <message>
        <source>A&amp;greement</source>
        <translation>Ü&amp;bereinstimmung</translation>
    </message>
    <message>
        <source>&amp;Units</source>
        <translation>Ein&amp;heiten</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Open project…</source>
        <translation>Projekt öffnen…</translation>
    </message>
    <message>
        <source>New project…</source>
        <translation>Neues Projekt…</translation>
    </message>
    <message>
        <source>Open demo study</source>
        <translation>Demostudie öffnen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recent projects&lt;/b&gt;</source>
        <translation>&lt;b&gt;Zuletzt geöffnete Projekte&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Tip: drop a .ccrt file on this window to open it.</source>
        <translation>Tipp: Ziehen Sie eine .ccrt-Datei auf dieses Fenster, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>Code RAP interview transcripts with Luborsky&apos;s CCRT method.</source>
        <translation>RAP-Interviewtranskripte mit Luborskys ZBKT-Methode kodieren.</translation>
    </message>
    <message>
        <source>Projects you open will be listed here.</source>
        <translation>Projekte, die Sie öffnen, werden hier aufgeführt.</translation>
    </message>
</context>
<context>
    <name>WorkspaceMenus</name>
    <message>
        <source>Find in &amp;study…</source>
        <translation>In der Studie su&amp;chen…</translation>
    </message>
    <message>
        <source>&amp;Who is coding?…</source>
        <translation>&amp;Wer kodiert?…</translation>
    </message>
    <message>
        <source>Project &amp;settings…</source>
        <translation>Projekt&amp;einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>&amp;Projekt</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
</context>
<context>
    <name>WriteWait</name>
    <message>
        <source>Waiting for another program to finish writing the project…</source>
        <translation>Warte, bis ein anderes Programm das Schreiben des Projekts beendet hat…</translation>
    </message>
</context>
<context>
    <name>_Counts</name>
    <message numerus="yes">
        <source>%n RE(s)</source>
        <translation>
            <numerusform>%n BE</numerusform>
            <numerusform>%n BE</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shared RE(s)</source>
        <translation>
            <numerusform>%n gemeinsame BE</numerusform>
            <numerusform>%n gemeinsame BE</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n Einheit</numerusform>
            <numerusform>%n Einheiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scope(s)</source>
        <translation>
            <numerusform>%n Bereich</numerusform>
            <numerusform>%n Bereiche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dyad(s)</source>
        <translation>
            <numerusform>%n Dyade</numerusform>
            <numerusform>%n Dyaden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interview(s)</source>
        <translation>
            <numerusform>%n Interview</numerusform>
            <numerusform>%n Interviews</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s)</source>
        <translation>
            <numerusform>%n Bewertung</numerusform>
            <numerusform>%n Bewertungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n Konflikt</numerusform>
            <numerusform>%n Konflikte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coder(s)</source>
        <translation>
            <numerusform>%n Kodierer:in</numerusform>
            <numerusform>%n Kodierende</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n Problem</numerusform>
            <numerusform>%n Probleme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n memo(s)</source>
        <translation>
            <numerusform>%n Memo</numerusform>
            <numerusform>%n Memos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sheet(s)</source>
        <translation>
            <numerusform>%n Tabelle</numerusform>
            <numerusform>%n Tabellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n transcript(s)</source>
        <translation>
            <numerusform>%n Transkript</numerusform>
            <numerusform>%n Transkripte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coding(s)</source>
        <translation>
            <numerusform>%n Kodierung</numerusform>
            <numerusform>%n Kodierungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code(s)</source>
        <translation>
            <numerusform>%n Code</numerusform>
            <numerusform>%n Codes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n CSV file(s)</source>
        <translation>
            <numerusform>%n CSV-Datei</numerusform>
            <numerusform>%n CSV-Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>agreement.cells</name>
    <message>
        <source>poor</source>
        <translation>schlecht</translation>
    </message>
    <message>
        <source>slight</source>
        <translation>gering</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>ausreichend</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>moderat</translation>
    </message>
    <message>
        <source>substantial</source>
        <translation>beachtlich</translation>
    </message>
    <message>
        <source>almost perfect</source>
        <translation>nahezu vollkommen</translation>
    </message>
    <message>
        <source>unacceptable</source>
        <translation>inakzeptabel</translation>
    </message>
    <message>
        <source>tentative</source>
        <translation>vorläufig</translation>
    </message>
    <message>
        <source>reliable</source>
        <translation>reliabel</translation>
    </message>
    <message>
        <source>good</source>
        <translation>gut</translation>
    </message>
    <message>
        <source>excellent</source>
        <translation>exzellent</translation>
    </message>
    <message>
        <source>below</source>
        <translation>darunter</translation>
    </message>
    <message>
        <source>across</source>
        <translation>überlappend</translation>
    </message>
    <message>
        <source>above</source>
        <translation>darüber</translation>
    </message>
    <message>
        <source>undefined: {reason} ({n})</source>
        <translation>nicht definiert: {reason} ({n})</translation>
    </message>
    <message>
        <source>{name}, {who}: undefined because {reason} ({n}).</source>
        <translation>{name}, {who}: nicht definiert, weil {reason} ({n}).</translation>
    </message>
    <message>
        <source>95% CI {low:.3f} to {high:.3f}</source>
        <translation>95%-KI {low:.3f} bis {high:.3f}</translation>
    </message>
    <message>
        <source>observed disagreement {observed:.3f}, expected {expected:.3f}</source>
        <translation>beobachtete Nichtübereinstimmung {observed:.3f}, erwartete {expected:.3f}</translation>
    </message>
    <message>
        <source>, by chance {expected:.3f}</source>
        <translation>, zufällig {expected:.3f}</translation>
    </message>
    <message>
        <source>observed agreement {observed:.3f}{chance}</source>
        <translation>beobachtete Übereinstimmung {observed:.3f}{chance}</translation>
    </message>
    <message>
        <source>{n} used</source>
        <translation>{n} verwendet</translation>
    </message>
    <message>
        <source>, {dropped} dropped</source>
        <translation>, {dropped} ausgelassen</translation>
    </message>
    <message>
        <source>the interval lies {verdict} the published CCRT range {dot}–{dot2}</source>
        <translation>Lage des Intervalls zum publizierten ZBKT-Bereich {dot}–{dot2}: {verdict}</translation>
    </message>
    <message>
        <source>for each pair of coders</source>
        <translation>für jedes Paar von Kodierenden</translation>
    </message>
    <message>
        <source>across all coders</source>
        <translation>über alle Kodierenden</translation>
    </message>
    <message>
        <source>{name} is reported {where} only</source>
        <translation>{name} wird nur {where} angegeben</translation>
    </message>
</context>
<context>
    <name>agreement.controls</name>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Direction (CCRT-LU)</source>
        <translation>Richtung (ZBKT-LU)</translation>
    </message>
    <message>
        <source>The coders compared: at least two, each with units in their own layer</source>
        <translation>Die verglichenen Kodierenden: mindestens zwei, jede:r mit Einheiten in der eigenen Ebene</translation>
    </message>
</context>
<context>
    <name>agreement.disagreement_model</name>
    <message>
        <source>Dyad</source>
        <translation>Dyade</translation>
    </message>
    <message>
        <source>The dyad</source>
        <translation>Die Dyade</translation>
    </message>
    <message>
        <source>Narrator</source>
        <translation>Erzähler:in</translation>
    </message>
    <message>
        <source>Who tells the narrative</source>
        <translation>Wer die Episode erzählt</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>The phase (session) of the interview</source>
        <translation>Die Phase (Sitzung) des Interviews</translation>
    </message>
    <message>
        <source>RE</source>
        <translation>BE</translation>
    </message>
    <message>
        <source>The RE&apos;s number in its interview</source>
        <translation>Die Nummer der BE in ihrem Interview</translation>
    </message>
    <message>
        <source>Comp.</source>
        <translation>Komp.</translation>
    </message>
    <message>
        <source>The component: W, RO or RS</source>
        <translation>Die Komponente: W, RO oder RS</translation>
    </message>
    <message>
        <source>Dyad {dyad}, {narrator}, phase {phase}, RE {re_number}: {component} at the {level} level</source>
        <translation>Dyade {dyad}, {narrator}, Phase {phase}, BE {re_number}: {component} auf der Stufe {level}</translation>
    </message>
</context>
<context>
    <name>agreement.disagreement_panel</name>
    <message>
        <source>The disagreement list shows what each coder coded. While coding is blind it is open to the project lead only (the statistics stay visible).</source>
        <translation>Die Abweichungsliste zeigt, was jede:r Kodierende kodiert hat. Während der Blindkodierung ist sie nur für die Projektleitung zugänglich (die Kennwerte bleiben sichtbar).</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Comp.</source>
        <translation>Komp.</translation>
    </message>
</context>
<context>
    <name>agreement.heat_grid</name>
    <message>
        <source>All coders
(Fleiss&apos; κ)</source>
        <translation>Alle Kodierenden
(Fleiss&apos; κ)</translation>
    </message>
    <message>
        <source>{a} × {b}: Cohen&apos;s κ</source>
        <translation>{a} × {b}: Cohens κ</translation>
    </message>
    <message>
        <source>All coders: Fleiss&apos; κ</source>
        <translation>Alle Kodierenden: Fleiss&apos; κ</translation>
    </message>
</context>
<context>
    <name>agreement.heat_paint</name>
    <message>
        <source>Cluster presence κ: do the coders agree whether a cluster occurs in an RE?</source>
        <translation>Cluster-Vorkommen κ: Stimmen die Kodierenden überein, ob ein Cluster in einer BE vorkommt?</translation>
    </message>
    <message>
        <source>{n_res} shared REs · Cohen&apos;s κ per pair, Fleiss&apos; κ across all coders</source>
        <translation>{n_res} gemeinsame BE · Cohens κ je Paar, Fleiss&apos; κ über alle Kodierenden</translation>
    </message>
    <message>
        <source>κ (0: chance)</source>
        <translation>κ (0: Zufall)</translation>
    </message>
</context>
<context>
    <name>agreement.presence_table</name>
    <message>
        <source>all coders</source>
        <translation>alle Kodierenden</translation>
    </message>
    <message>
        <source>Whether each coder used {label} in the RE</source>
        <translation>Ob jede:r Kodierende {label} in der BE verwendet hat</translation>
    </message>
    <message>
        <source>The primary figures: did each coder use the {level} in the RE (1) or not (0), over {plural}; a {level} one coder used and another did not is a disagreement. Hover κ for each pair&apos;s Cohen&apos;s κ, PABAK and prevalence and bias indices (Byrt et al. 1993).</source>
        <translation>Die primären Kennwerte: ob jede:r Kodierende den Code (Stufe {level}) in der BE verwendet hat (1) oder nicht (0), über {plural}; verwendet eine kodierende Person einen Code (Stufe {level}) und eine andere nicht, ist das eine Abweichung. Zeigen Sie auf κ für Cohens κ, PABAK sowie Prävalenz- und Bias-Index jedes Paars (Byrt et al. 1993).</translation>
    </message>
    <message>
        <source>Presence per RE</source>
        <translation>Vorkommen je BE</translation>
    </message>
    <message>
        <source>Used in {share:.1%} of the coder × RE ratings</source>
        <translation>Verwendet in {share:.1%} der Bewertungen (Kodierende × BE)</translation>
    </message>
    <message>
        <source>{a} × {b}: Cohen&apos;s κ {kappa}, PABAK {pabak}, prevalence index {pi}, bias index {bi}</source>
        <translation>{a} × {b}: Cohens κ {kappa}, PABAK {pabak}, Prävalenzindex {pi}, Bias-Index {bi}</translation>
    </message>
    <message>
        <source>Prevalence</source>
        <translation>Prävalenz</translation>
    </message>
    <message>
        <source>Share of the coder × RE ratings with the label</source>
        <translation>Anteil der Bewertungen (Kodierende × BE) mit diesem Code</translation>
    </message>
    <message>
        <source>Fleiss&apos; κ</source>
        <translation>Fleiss&apos; κ</translation>
    </message>
    <message>
        <source>Fleiss (1971), all coders</source>
        <translation>Fleiss (1971), alle Kodierenden</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s α</source>
        <translation>Krippendorffs α</translation>
    </message>
    <message>
        <source>Krippendorff (2011), nominal, all coders</source>
        <translation>Krippendorff (2011), nominal, alle Kodierenden</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Übereinstimmung</translation>
    </message>
    <message>
        <source>Share of agreeing coder pairs per RE</source>
        <translation>Anteil übereinstimmender Paare von Kodierenden je BE</translation>
    </message>
</context>
<context>
    <name>agreement.report_panel</name>
    <message>
        <source>&lt;b&gt;Benchmark&lt;/b&gt; — published CCRT reliability for the standard categories: Cohen&apos;s κ {dot}–{dot2}, weighted κ {dot3}–{dot4} (category agreement). &lt;span style=&apos;color:{colour}&apos;&gt;{BELOW_MARK} marks a κ whose whole 95% interval lies below {dot}&lt;/span&gt;. Under each figure: its 95% interval ({intervals}) and band (Landis &amp; Koch for κ, π and AC1; Krippendorff for α).</source>
        <translation>&lt;b&gt;Referenzwerte&lt;/b&gt; – publizierte ZBKT-Reliabilität für die Standardkategorien: Cohens κ {dot}–{dot2}, gewichtetes κ {dot3}–{dot4} (Kategorienübereinstimmung). &lt;span style=&apos;color:{colour}&apos;&gt;{BELOW_MARK} markiert ein κ, dessen gesamtes 95%-Intervall unter {dot} liegt&lt;/span&gt;. Unter jedem Wert: sein 95%-Intervall ({intervals}) und seine Einstufung (Landis &amp; Koch für κ, π und AC1; Krippendorff für α).</translation>
    </message>
    <message>
        <source>percentile bootstrap, {b} replicates, seed {seed}, the {n} interviews resampled</source>
        <translation>Perzentil-Bootstrap, {b} Replikationen, Startwert {seed}, die {n} Interviews neu gezogen</translation>
    </message>
    <message>
        <source>bootstrap off: analytic intervals where they exist</source>
        <translation>Bootstrap aus: analytische Intervalle, wo es sie gibt</translation>
    </message>
    <message>
        <source>only {n} interviews: analytic intervals where they exist</source>
        <translation>nur {n} Interviews: analytische Intervalle, wo es sie gibt</translation>
    </message>
</context>
<context>
    <name>agreement.report_tables</name>
    <message>
        <source>Cohen&apos;s κ</source>
        <translation>Cohens κ</translation>
    </message>
    <message>
        <source>Cohen (1960), each pair</source>
        <translation>Cohen (1960), je Paar</translation>
    </message>
    <message>
        <source>Scott&apos;s π</source>
        <translation>Scotts π</translation>
    </message>
    <message>
        <source>Scott (1955), each pair</source>
        <translation>Scott (1955), je Paar</translation>
    </message>
    <message>
        <source>Fleiss&apos; κ</source>
        <translation>Fleiss&apos; κ</translation>
    </message>
    <message>
        <source>Fleiss (1971), all coders</source>
        <translation>Fleiss (1971), alle Kodierenden</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s α</source>
        <translation>Krippendorffs α</translation>
    </message>
    <message>
        <source>Krippendorff (2011), nominal, all coders</source>
        <translation>Krippendorff (2011), nominal, alle Kodierenden</translation>
    </message>
    <message>
        <source>Percent agreement</source>
        <translation>Prozentuale Übereinstimmung</translation>
    </message>
    <message>
        <source>share of REs with the same value</source>
        <translation>Anteil der BE mit gleichem Wert</translation>
    </message>
    <message>
        <source>Gwet&apos;s AC1</source>
        <translation>Gwets AC1</translation>
    </message>
    <message>
        <source>Gwet (2008)</source>
        <translation>Gwet (2008)</translation>
    </message>
    <message>
        <source>Valence: κ</source>
        <translation>Valenz: κ</translation>
    </message>
    <message>
        <source>Cohen&apos;s κ per pair, Fleiss&apos; κ across all coders, on the majority valence (+/−) per RE</source>
        <translation>Cohens κ je Paar, Fleiss&apos; κ über alle Kodierenden, für die überwiegende Valenz (+/−) je BE</translation>
    </message>
    <message>
        <source>Valence: α</source>
        <translation>Valenz: α</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s α (nominal) on the majority valence per RE</source>
        <translation>Krippendorffs α (nominal) für die überwiegende Valenz je BE</translation>
    </message>
    <message>
        <source>Valence: agreement</source>
        <translation>Valenz: Übereinstimmung</translation>
    </message>
    <message>
        <source>percent agreement on the majority valence per RE</source>
        <translation>prozentuale Übereinstimmung in der überwiegenden Valenz je BE</translation>
    </message>
    <message>
        <source>Weighted κ, linear</source>
        <translation>Gewichtetes κ, linear</translation>
    </message>
    <message>
        <source>Cohen (1968), linear weights, each pair</source>
        <translation>Cohen (1968), lineare Gewichte, je Paar</translation>
    </message>
    <message>
        <source>Weighted κ, quadratic</source>
        <translation>Gewichtetes κ, quadratisch</translation>
    </message>
    <message>
        <source>Cohen (1968), quadratic weights, each pair</source>
        <translation>Cohen (1968), quadratische Gewichte, je Paar</translation>
    </message>
    <message>
        <source>share of REs rated alike</source>
        <translation>Anteil gleich bewerteter BE</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s α, interval</source>
        <translation>Krippendorffs α, Intervall</translation>
    </message>
    <message>
        <source>Krippendorff (2011), interval level, all coders</source>
        <translation>Krippendorff (2011), Intervallskala, alle Kodierenden</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s α, ordinal</source>
        <translation>Krippendorffs α, ordinal</translation>
    </message>
    <message>
        <source>Krippendorff (2011), ordinal level, all coders</source>
        <translation>Krippendorff (2011), Ordinalskala, alle Kodierenden</translation>
    </message>
    <message>
        <source>ICC(2,1)</source>
        <translation>ICC(2,1)</translation>
    </message>
    <message>
        <source>Shrout &amp; Fleiss (1979): two-way random, absolute agreement, single rater; REs every coder rated</source>
        <translation>Shrout &amp; Fleiss (1979): zweifaktoriell zufällig, absolute Übereinstimmung, Einzelbewertung; BE, die alle Kodierenden bewertet haben</translation>
    </message>
    <message>
        <source>Top set: α (MASI)</source>
        <translation>Spitzenmenge: α (MASI)</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s α with the MASI distance (Passonneau 2006) on each coder&apos;s set of top categories per RE (ties kept); a coder without the component has &apos;none&apos;, a disagreement</source>
        <translation>Krippendorffs α mit der MASI-Distanz (Passonneau 2006) für die Menge der Spitzenkategorien jeder:jedes Kodierenden je BE (Gleichstände bleiben erhalten); wer die Komponente nicht kodiert hat, hat „keine“, eine Abweichung</translation>
    </message>
    <message>
        <source>Top set: exact match</source>
        <translation>Spitzenmenge: exakte Übereinstimmung</translation>
    </message>
    <message>
        <source>Share of REs where the coders&apos; top sets are the same; &apos;none&apos; counts</source>
        <translation>Anteil der BE, in denen die Spitzenmengen der Kodierenden gleich sind; „keine“ zählt mit</translation>
    </message>
    <message>
        <source>Top set: α, complete cases</source>
        <translation>Spitzenmenge: α, vollständige Fälle</translation>
    </message>
    <message>
        <source>The same α over the REs where the coders all scored the component only</source>
        <translation>Dasselbe α nur über die BE, in denen alle Kodierenden die Komponente kodiert haben</translation>
    </message>
    <message>
        <source>Main {other}: κ</source>
        <translation>Haupt-{other}: κ</translation>
    </message>
    <message>
        <source>Cohen&apos;s κ per pair, Fleiss&apos; κ across all coders, on the main {other} per RE</source>
        <translation>Cohens κ je Paar, Fleiss&apos; κ über alle Kodierenden, für die Haupt-{other} je BE</translation>
    </message>
    <message>
        <source>{p0} and {p1}: two-coder statistics</source>
        <translation>{p0} und {p1}: Kennwerte für zwei Kodierende</translation>
    </message>
    <message>
        <source>All coders</source>
        <translation>Alle Kodierenden</translation>
    </message>
    <message>
        <source>Across all chosen coders at once</source>
        <translation>Über alle gewählten Kodierenden zugleich</translation>
    </message>
    <message>
        <source>Main {level} per RE: {plural}, {n_rated} with values from two or more coders{missing}. Units: {units}.</source>
        <translation>Haupt-{level} je BE: {plural}, {n_rated} mit Werten von zwei oder mehr Kodierenden{missing}. Einheiten: {units}.</translation>
    </message>
    <message>
        <source>Every category is its own cluster here: both levels give the same figures.</source>
        <translation>Hier ist jede Kategorie ihr eigenes Cluster: Beide Stufen ergeben dieselben Werte.</translation>
    </message>
    <message>
        <source>Completeness ratings ({steps}): {plural} rated by two or more coders of {n_res} shared{missing}.</source>
        <translation>Vollständigkeitsbewertungen ({steps}): {plural} von zwei oder mehr Kodierenden bewertet, von {n_res} gemeinsamen{missing}.</translation>
    </message>
    <message>
        <source>Completeness ratings</source>
        <translation>Vollständigkeitsbewertungen</translation>
    </message>
    <message>
        <source>{coders0} × {coders1}</source>
        <translation>{coders0} × {coders1}</translation>
    </message>
    <message>
        <source>all coders</source>
        <translation>alle Kodierenden</translation>
    </message>
    <message>
        <source>; no value from </source>
        <translation>; kein Wert von </translation>
    </message>
    <message>
        <source>{name} in {n}</source>
        <translation>{name} in {n}</translation>
    </message>
</context>
<context>
    <name>agreement.span_tables</name>
    <message>
        <source>Unitizing α is given per component</source>
        <translation>Unitizing-α wird je Komponente angegeben</translation>
    </message>
    <message>
        <source>Unitizing α</source>
        <translation>Unitizing-α</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s α for unitized data (2004), all coders: where the units lie, with the component as category</source>
        <translation>Krippendorffs α für segmentierte Daten (2004), alle Kodierenden: wo die Einheiten liegen, mit der Komponente als Kategorie</translation>
    </message>
    <message>
        <source>Cells read {coders0} / {coders1}.</source>
        <translation>Zellen lesen sich {coders0} / {coders1}.</translation>
    </message>
    <message>
        <source>Cells read first / second coder of the pair.</source>
        <translation>Zellen lesen sich erste / zweite kodierende Person des Paars.</translation>
    </message>
    <message>
        <source>Units match when their overlap is at least {dot} of the shorter unit (one-to-one). {order}</source>
        <translation>Einheiten stimmen überein, wenn ihre Überlappung mindestens {dot} der kürzeren Einheit beträgt (eins zu eins). {order}</translation>
    </message>
    <message>
        <source>Span level</source>
        <translation>Textstellen-Ebene</translation>
    </message>
    <message>
        <source>{c} units</source>
        <translation>{c}-Einheiten</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>W, RO and RS units together</source>
        <translation>W-, RO- und RS-Einheiten zusammen</translation>
    </message>
    <message>
        <source>{first} × {second}</source>
        <translation>{first} × {second}</translation>
    </message>
    <message>
        <source>first / second: {who}</source>
        <translation>erste / zweite: {who}</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Zugeordnet</translation>
    </message>
    <message>
        <source>Unmatched</source>
        <translation>Nicht zugeordnet</translation>
    </message>
    <message>
        <source>Share matched</source>
        <translation>Anteil zugeordnet</translation>
    </message>
    <message>
        <source>all units</source>
        <translation>alle Einheiten</translation>
    </message>
    <message>
        <source>{part} units</source>
        <translation>{part}-Einheiten</translation>
    </message>
    <message>
        <source>{what}: {first} {plural}, {second} {plural2}; {matched} matched one-to-one; unmatched {first} {value}, {second} {value2}</source>
        <translation>{what}: {first} {plural}, {second} {plural2}; {matched} eins zu eins zugeordnet; nicht zugeordnet {first} {value}, {second} {value2}</translation>
    </message>
    <message>
        <source>All three</source>
        <translation>Alle drei</translation>
    </message>
    <message>
        <source>{n_comparable} of {n_scopes}</source>
        <translation>{n_comparable} von {n_scopes}</translation>
    </message>
    <message>
        <source>scopes where every coder has a top category</source>
        <translation>Bereiche, in denen alle Kodierenden eine Spitzenkategorie haben</translation>
    </message>
    <message>
        <source>Top {level} (CCRT) per dyad × narrator × phase over the shared REs: {plural}.</source>
        <translation>Spitzen-{level} (ZBKT) je Dyade × Erzähler:in × Phase über die gemeinsamen BE: {plural}.</translation>
    </message>
    <message>
        <source>Comparable</source>
        <translation>Vergleichbar</translation>
    </message>
    <message>
        <source>Scopes where every coder has a top category</source>
        <translation>Bereiche, in denen alle Kodierenden eine Spitzenkategorie haben</translation>
    </message>
    <message>
        <source>Equal tops</source>
        <translation>Gleiche Spitzen</translation>
    </message>
    <message>
        <source>Share of comparable scopes where the top sets are equal</source>
        <translation>Anteil vergleichbarer Bereiche mit gleichen Spitzenmengen</translation>
    </message>
    <message>
        <source>Intersecting tops</source>
        <translation>Überschneidende Spitzen</translation>
    </message>
    <message>
        <source>Share of comparable scopes where the top sets meet</source>
        <translation>Anteil vergleichbarer Bereiche, in denen sich die Spitzenmengen überschneiden</translation>
    </message>
    <message>
        <source>Fleiss&apos; κ</source>
        <translation>Fleiss&apos; κ</translation>
    </message>
    <message>
        <source>Fleiss&apos; κ across all coders on the whole top set per scope (a coder without a top has &apos;none&apos;); chance corrected</source>
        <translation>Fleiss&apos; κ über alle Kodierenden für die gesamte Spitzenmenge je Bereich (wer keine Spitze hat, hat „keine“); zufallskorrigiert</translation>
    </message>
    <message>
        <source>α (MASI)</source>
        <translation>α (MASI)</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s α with the MASI distance: partial credit for overlapping tops</source>
        <translation>Krippendorffs α mit der MASI-Distanz: Teilwertung für überlappende Spitzen</translation>
    </message>
    <message>
        <source>Formulation</source>
        <translation>Formulierung</translation>
    </message>
    <message>
        <source>all coders</source>
        <translation>alle Kodierenden</translation>
    </message>
    <message>
        <source>undefined: no comparable scope</source>
        <translation>nicht definiert: kein vergleichbarer Bereich</translation>
    </message>
    <message>
        <source>no scope to compare</source>
        <translation>kein Bereich zum Vergleichen</translation>
    </message>
    <message>
        <source>{value:.0%}  ({n} of {of})</source>
        <translation>{value:.0%}  ({n} von {of})</translation>
    </message>
    <message>
        <source>{n} of {of} comparable scopes</source>
        <translation>{n} von {of} vergleichbaren Bereichen</translation>
    </message>
    <message>
        <source>W, RO and RS all equal (or all meeting) in the same scope</source>
        <translation>W, RO und RS alle gleich (oder alle überschneidend) im selben Bereich</translation>
    </message>
    <message>
        <source>The coders&apos; top {part}</source>
        <translation>Die Spitzen-{part} der Kodierenden</translation>
    </message>
</context>
<context>
    <name>agreement.status</name>
    <message>
        <source>Coder layers only: the consensus layer never enters these figures.</source>
        <translation>Nur Ebenen der Kodierenden: Die Konsensebene geht nie in diese Werte ein.</translation>
    </message>
    <message>
        <source>Choose at least two coders.

Agreement compares the coders&apos; own layers: check two or more coders above.</source>
        <translation>Wählen Sie mindestens zwei Kodierende.

Die Übereinstimmung vergleicht die eigenen Ebenen der Kodierenden: Kreuzen Sie oben zwei oder mehr Kodierende an.</translation>
    </message>
    <message>
        <source>both coders</source>
        <translation>beiden Kodierenden</translation>
    </message>
    <message>
        <source>all {n_coders} coders</source>
        <translation>allen {n_coders} Kodierenden</translation>
    </message>
    <message>
        <source>; {n_some} coded by only some are left out</source>
        <translation>; {n_some} nur von einigen kodierte bleiben außen vor</translation>
    </message>
    <message>
        <source>{n_shared} of {n_res} REs coded by {who}{left} · {level} level · span overlap ≥ {overlap:.2f}.</source>
        <translation>{n_shared} von {n_res} BE kodiert von {who}{left} · Stufe {level} · Überlappung ≥ {overlap:.2f}.</translation>
    </message>
    <message>
        <source>Computed at {time} in {seconds:.1f} s.</source>
        <translation>Berechnet um {time} in {seconds:.1f} s.</translation>
    </message>
</context>
<context>
    <name>agreement.tables</name>
    <message>
        <source>{pair0} ×
{pair1}</source>
        <translation>{pair0} ×
{pair1}</translation>
    </message>
</context>
<context>
    <name>categories.systems_dialog</name>
    <message>
        <source>Units already coded keep their categories; the category picker and new coding use the active system.</source>
        <translation>Bereits kodierte Einheiten behalten ihre Kategorien; die Kategorienauswahl und neue Kodierungen verwenden das aktive System.</translation>
    </message>
</context>
<context>
    <name>categories.tree_model</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Default valence</source>
        <translation>Standardvalenz</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Einheiten</translation>
    </message>
</context>
<context>
    <name>coders.blind_mode</name>
    <message>
        <source>Turn blind coding off?</source>
        <translation>Blindkodierung ausschalten?</translation>
    </message>
    <message>
        <source>Coders will see each other&apos;s work: the comparison view and the consensus meeting show every coder&apos;s units.

Turn blind coding off only once the independent coding is done.</source>
        <translation>Die Kodierenden sehen dann die Arbeit der anderen: Vergleichsansicht und Konsenssitzung zeigen die Einheiten aller Kodierenden.

Schalten Sie die Blindkodierung erst aus, wenn die unabhängige Kodierung abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Turn blind coding off</source>
        <translation>Blindkodierung ausschalten</translation>
    </message>
</context>
<context>
    <name>coders.coders_model</name>
    <message>
        <source>Coder</source>
        <translation>Kodierer:in</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>stillgelegt</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>Kept in analyses and exports; not offered in “Who is coding?”</source>
        <translation>Bleibt in Analysen und Exporten; wird unter „Wer kodiert?“ nicht mehr angeboten</translation>
    </message>
</context>
<context>
    <name>coding.category_picker</name>
    <message>
        <source>↑↓ choose · Space: tick one more category · Enter: store · Esc: cancel</source>
        <translation>↑↓ wählen · Leertaste: eine weitere Kategorie ankreuzen · Eingabe: speichern · Esc: abbrechen</translation>
    </message>
</context>
<context>
    <name>coding.confirmations</name>
    <message>
        <source>No coder has coded units in it yet.</source>
        <translation>Noch niemand hat darin Einheiten kodiert.</translation>
    </message>
    <message>
        <source>Its {total} coded {noun} ({per_coder}) and all completeness ratings go with it.</source>
        <translation>Ihre {total} kodierten {noun} ({per_coder}) und alle Vollständigkeitsbewertungen werden mitgelöscht.</translation>
    </message>
    <message>
        <source>Delete {re_title}?

{units}

You can undo this with Ctrl+Z.</source>
        <translation>{re_title} löschen?

{units}

Sie können dies mit Strg+Z rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete RE {number}</source>
        <translation>BE {number} löschen</translation>
    </message>
    <message>
        <source>Delete RE</source>
        <translation>BE löschen</translation>
    </message>
</context>
<context>
    <name>coding.re_editor</name>
    <message>
        <source>not given</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>Enter save · Esc cancel</source>
        <translation>Eingabe speichert · Esc bricht ab</translation>
    </message>
</context>
<context>
    <name>coding.shortcuts</name>
    <message>
        <source>Code the selection as a Wish (W)</source>
        <translation>Die Auswahl als Wunsch (W) kodieren</translation>
    </message>
    <message>
        <source>Code the selection as a Response of Other (RO)</source>
        <translation>Die Auswahl als Reaktion des Objekts (RO) kodieren</translation>
    </message>
    <message>
        <source>Code the selection as a Response of Self (RS)</source>
        <translation>Die Auswahl als Reaktion des Subjekts (RS) kodieren</translation>
    </message>
    <message>
        <source>Make the selection a new RE</source>
        <translation>Aus der Auswahl eine neue BE machen</translation>
    </message>
    <message>
        <source>Add the selection to the current RE (3a, 3b)</source>
        <translation>Die Auswahl zur aktuellen BE hinzufügen (3a, 3b)</translation>
    </message>
    <message>
        <source>Set the chosen unit&apos;s text to the selection</source>
        <translation>Den Text der gewählten Einheit auf die Auswahl setzen</translation>
    </message>
    <message>
        <source>Edit the chosen unit (in the transcript: the one at the cursor)</source>
        <translation>Die gewählte Einheit bearbeiten (im Transkript: die an der Schreibmarke)</translation>
    </message>
    <message>
        <source>Delete the chosen unit (in the transcript: the one at the cursor)</source>
        <translation>Die gewählte Einheit löschen (im Transkript: die an der Schreibmarke)</translation>
    </message>
    <message>
        <source>Edit the current RE&apos;s other person and time frame</source>
        <translation>Andere Person und Zeitraum der aktuellen BE bearbeiten</translation>
    </message>
    <message>
        <source>Delete the current RE</source>
        <translation>Die aktuelle BE löschen</translation>
    </message>
    <message>
        <source>Rate the current RE&apos;s completeness 1</source>
        <translation>Vollständigkeit der aktuellen BE mit 1 bewerten</translation>
    </message>
    <message>
        <source>Rate completeness 2</source>
        <translation>Vollständigkeit mit 2 bewerten</translation>
    </message>
    <message>
        <source>Rate completeness 3</source>
        <translation>Vollständigkeit mit 3 bewerten</translation>
    </message>
    <message>
        <source>Rate completeness 4</source>
        <translation>Vollständigkeit mit 4 bewerten</translation>
    </message>
    <message>
        <source>Rate completeness 5</source>
        <translation>Vollständigkeit mit 5 bewerten</translation>
    </message>
    <message>
        <source>Mark the current RE: nothing codable in it (again: unmark)</source>
        <translation>Aktuelle BE markieren: nichts darin zu kodieren (nochmals: Markierung entfernen)</translation>
    </message>
    <message>
        <source>filter the categories by code or by words of their label</source>
        <translation>die Kategorien nach Code oder Wörtern ihrer Bezeichnung filtern</translation>
    </message>
    <message>
        <source>move through the categories</source>
        <translation>durch die Kategorien gehen</translation>
    </message>
    <message>
        <source>Space (Ctrl+Space while typing words)</source>
        <translation>Leertaste (Strg+Leertaste beim Eintippen von Wörtern)</translation>
    </message>
    <message>
        <source>tick the category: one more for the unit (or untick it)</source>
        <translation>die Kategorie ankreuzen: eine weitere für die Einheit (oder das Kreuz entfernen)</translation>
    </message>
    <message>
        <source>from the filter to the label and on</source>
        <translation>vom Filter zur Formulierung und weiter</translation>
    </message>
    <message>
        <source>store the unit: the ticked categories, then the current one</source>
        <translation>die Einheit speichern: die angekreuzten Kategorien, dann die aktuelle</translation>
    </message>
    <message>
        <source>Alt+V, or + / − in the list</source>
        <translation>Alt+V, oder + / − in der Liste</translation>
    </message>
    <message>
        <source>switch the valence (RO and RS)</source>
        <translation>die Valenz umschalten (RO und RS)</translation>
    </message>
    <message>
        <source>anticipated, not actual</source>
        <translation>erwartet, nicht tatsächlich</translation>
    </message>
    <message>
        <source>inferred, not explicit</source>
        <translation>erschlossen, nicht explizit</translation>
    </message>
    <message>
        <source>to the tailor-made label / the memo</source>
        <translation>zur maßgeschneiderten Formulierung / zum Memo</translation>
    </message>
    <message>
        <source>code as W / RO / RS instead</source>
        <translation>stattdessen als W / RO / RS kodieren</translation>
    </message>
    <message>
        <source>cancel</source>
        <translation>abbrechen</translation>
    </message>
</context>
<context>
    <name>coding.workspace</name>
    <message>
        <source>{dyad} · {value} {code} · phase {phase}</source>
        <translation>{dyad} · {value} {code} · Phase {phase}</translation>
    </message>
</context>
<context>
    <name>comparison.cell_text</name>
    <message>
        <source>wish</source>
        <translation>Wunsch</translation>
    </message>
    <message>
        <source>response of other</source>
        <translation>Reaktion des Objekts</translation>
    </message>
    <message>
        <source>response of self</source>
        <translation>Reaktion des Subjekts</translation>
    </message>
    <message>
        <source>{n} RE</source>
        <translation>{n} BE</translation>
    </message>
    <message>
        <source>{n} REs</source>
        <translation>{n} BE</translation>
    </message>
    <message>
        <source>no coded REs</source>
        <translation>keine kodierten BE</translation>
    </message>
    <message>
        <source>no included REs ({n_res_excluded} excluded)</source>
        <translation>keine einbezogenen BE ({n_res_excluded} ausgeschlossen)</translation>
    </message>
    <message>
        <source>no {component} coded (0/{res})</source>
        <translation>kein {component} kodiert (0/{res})</translation>
    </message>
    <message>
        <source> (tied)</source>
        <translation> (gleichauf)</translation>
    </message>
    <message>
        <source>The {narrator} has no REs here.</source>
        <translation>Hier gibt es keine BE der {narrator}.</translation>
    </message>
    <message>
        <source>{narrator} · phase {phase} · {scope_words} · {component} ({COMPONENT_NAMES}), {level} level</source>
        <translation>{narrator} · Phase {phase} · {scope_words} · {component} ({COMPONENT_NAMES}), Stufe {level}</translation>
    </message>
    <message>
        <source>{res} included (minimum for a CCRT: {min_res})</source>
        <translation>{res} einbezogen (Minimum für ein ZBKT: {min_res})</translation>
    </message>
    <message>
        <source>Few REs: fewer than the minimum, so read this CCRT with care.</source>
        <translation>Wenige BE: weniger als das Minimum, dieses ZBKT daher mit Vorsicht lesen.</translation>
    </message>
    <message>
        <source>RE {number} ({completeness:g})</source>
        <translation>BE {number} ({completeness:g})</translation>
    </message>
    <message>
        <source>{res} excluded for low completeness: {dropped}</source>
        <translation>{res} wegen geringer Vollständigkeit ausgeschlossen: {dropped}</translation>
    </message>
    <message>
        <source>{res} included without a completeness rating</source>
        <translation>{res} ohne Vollständigkeitsbewertung einbezogen</translation>
    </message>
    <message>
        <source>Pervasiveness (share of included REs containing it):</source>
        <translation>Pervasivität (Anteil der einbezogenen BE, die es enthalten):</translation>
    </message>
    <message>
        <source>  ← CCRT</source>
        <translation>  ← ZBKT</translation>
    </message>
    <message>
        <source>REs with a positive {component}: {percent} of {n_res_valenced} REs with a valence</source>
        <translation>BE mit positivem {component}: {percent} von {n_res_valenced} BE mit Valenz</translation>
    </message>
    <message>
        <source>same top</source>
        <translation>gleiche Spitze</translation>
    </message>
    <message>
        <source>top changed</source>
        <translation>Spitze geändert</translation>
    </message>
    <message>
        <source>top undefined</source>
        <translation>Spitze nicht definiert</translation>
    </message>
    <message>
        <source>Since the first phase: {stable}</source>
        <translation>Seit der ersten Phase: {stable}</translation>
    </message>
    <message>
        <source>; REs with a positive {component} {delta:+.0%}</source>
        <translation>; BE mit positivem {component} {delta:+.0%}</translation>
    </message>
    <message>
        <source>Positive units: {percent} of {valenced} with a valence ({n_units_positive} +, {n_units_negative} −); REs with any negative {component}: {percent2}</source>
        <translation>Positive Einheiten: {percent} von {valenced} mit Valenz ({n_units_positive} +, {n_units_negative} −); BE mit negativem {component}: {percent2}</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>{names} undefined: {reason}</source>
        <translation>{names} nicht definiert: {reason}</translation>
    </message>
    <message>
        <source>Nothing to compare here.</source>
        <translation>Hier gibt es nichts zu vergleichen.</translation>
    </message>
    <message>
        <source>patient {patient}, therapist {therapist}</source>
        <translation>Patient:in {patient}, Therapeut:in {therapist}</translation>
    </message>
    <message>
        <source>Patient vs therapist, {component}, phase {phase}: the two {level} pervasiveness profiles</source>
        <translation>Patient:in vs. Therapeut:in, {component}, Phase {phase}: die beiden Pervasivitätsprofile ({level})</translation>
    </message>
    <message>
        <source>Top {level}s: {tops_}</source>
        <translation>Spitzen ({level}): {tops_}</translation>
    </message>
    <message>
        <source>Top ✓: the top sets (ties kept) are equal; ∩: they share a code but differ; ✗: no code in common.</source>
        <translation>Spitze ✓: Die Spitzenmengen (Gleichstände bleiben erhalten) sind gleich; ∩: Sie teilen einen Code, unterscheiden sich aber; ✗: kein gemeinsamer Code.</translation>
    </message>
    <message>
        <source>cos: cosine similarity of the two profiles (0 = nothing shared), the headline: {level}s neither side used do not change it. p: the share of pseudo-dyads (this patient with the other dyads&apos; therapists) as alike or more, (1 + k) / (1 + n).</source>
        <translation>cos: Kosinus-Ähnlichkeit der beiden Profile (0 = nichts gemeinsam), der Hauptwert: Codes (Stufe {level}), die keine Seite verwendet hat, ändern ihn nicht. p: der Anteil der Pseudo-Dyaden (diese:r Patient:in mit den Therapeut:innen der anderen Dyaden), die ebenso ähnlich oder ähnlicher sind, (1 + k) / (1 + n).</translation>
    </message>
    <message>
        <source>J: Jaccard, {level}s present in both / present in either profile.</source>
        <translation>J: Jaccard, Codes (Stufe {level}) in beiden / in mindestens einem Profil vorhanden.</translation>
    </message>
    <message>
        <source>ρ: Spearman&apos;s rank correlation over every {level} of {component}, zeros included: it changes with the number of {level}s in the system.</source>
        <translation>ρ: Spearmans Rangkorrelation über alle Codes (Stufe {level}) von {component}, Nullen eingeschlossen: Sie ändert sich mit der Zahl der Codes (Stufe {level}) im System.</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Spitze</translation>
    </message>
</context>
<context>
    <name>comparison.chart_style</name>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>… and {n} more (see the table).</source>
        <translation>… und {n} weitere (siehe Tabelle).</translation>
    </message>
    <message>
        <source>export as .png or .svg, not {suffix}</source>
        <translation>als .png oder .svg exportieren, nicht {suffix}</translation>
    </message>
</context>
<context>
    <name>comparison.charts</name>
    <message>
        <source>Pervasiveness</source>
        <translation>Pervasivität</translation>
    </message>
    <message>
        <source>Pervasiveness per phase</source>
        <translation>Pervasivität je Phase</translation>
    </message>
    <message>
        <source>Positive RO/RS</source>
        <translation>Positive RO/RS</translation>
    </message>
    <message>
        <source>Share of positive units</source>
        <translation>Anteil positiver Einheiten</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>Ähnlichkeit</translation>
    </message>
    <message>
        <source>Patient–therapist similarity</source>
        <translation>Ähnlichkeit Patient:in–Therapeut:in</translation>
    </message>
</context>
<context>
    <name>comparison.choices</name>
    <message>
        <source>All dyads (pooled)</source>
        <translation>Alle Dyaden (zusammengefasst)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Direction (CCRT-LU)</source>
        <translation>Richtung (ZBKT-LU)</translation>
    </message>
    <message>
        <source>All REs</source>
        <translation>Alle BE</translation>
    </message>
    <message>
        <source>About the partner</source>
        <translation>Über die Partner:in</translation>
    </message>
    <message>
        <source>About others</source>
        <translation>Über andere</translation>
    </message>
    <message>
        <source>{name} (own coding)</source>
        <translation>{name} (eigene Kodierung)</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>Konsens</translation>
    </message>
    <message>
        <source>Dyad {dyad}</source>
        <translation>Dyade {dyad}</translation>
    </message>
    <message>
        <source>{dyad_label} · {layer_name} layer · {level} level · {scope_words}</source>
        <translation>{dyad_label} · Ebene {layer_name} · Stufe {level} · {scope_words}</translation>
    </message>
    <message>
        <source>consensus</source>
        <translation>Konsens</translation>
    </message>
</context>
<context>
    <name>comparison.over_dyads</name>
    <message>
        <source>Dyads</source>
        <translation>Dyaden</translation>
    </message>
    <message>
        <source>Mean (SD)</source>
        <translation>Mittelwert (SD)</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Spannweite</translation>
    </message>
    <message>
        <source>Pooled</source>
        <translation>Gepoolt</translation>
    </message>
    <message>
        <source>Pseudo</source>
        <translation>Pseudo</translation>
    </message>
    <message>
        <source>p</source>
        <translation>p</translation>
    </message>
    <message>
        <source>Dyads where both sides have codes of the component.</source>
        <translation>Dyaden, in denen beide Seiten Codes der Komponente haben.</translation>
    </message>
    <message>
        <source>Mean and SD (n − 1) of the dyads&apos; own cosine.</source>
        <translation>Mittelwert und SD (n − 1) des eigenen Kosinus der Dyaden.</translation>
    </message>
    <message>
        <source>The lowest and the highest dyad&apos;s cosine.</source>
        <translation>Der niedrigste und der höchste Kosinus einer Dyade.</translation>
    </message>
    <message>
        <source>Cosine of the pooled profiles (all patients vs all therapists): a group figure, not the dyads&apos; similarity.</source>
        <translation>Kosinus der gepoolten Profile (alle Patient:innen vs. alle Therapeut:innen): ein Gruppenwert, nicht die Ähnlichkeit der Dyaden.</translation>
    </message>
    <message>
        <source>Mean cosine of every patient with every other dyad&apos;s therapist: what chance gives.</source>
        <translation>Mittlerer Kosinus jeder:jedes Patient:in mit den Therapeut:innen aller anderen Dyaden: was der Zufall ergibt.</translation>
    </message>
    <message>
        <source>Share of random re-pairings of patients and therapists whose mean cosine is as high or higher: (1 + k) / (1 + B).</source>
        <translation>Anteil zufälliger Neupaarungen von Patient:innen und Therapeut:innen, deren mittlerer Kosinus gleich hoch oder höher ist: (1 + k) / (1 + B).</translation>
    </message>
</context>
<context>
    <name>comparison.pervasiveness_chart</name>
    <message>
        <source>Pervasiveness: % of included REs with the {level}</source>
        <translation>Pervasivität: % der einbezogenen BE mit der Stufe {level}</translation>
    </message>
    <message>
        <source>no {component} coded</source>
        <translation>kein {component} kodiert</translation>
    </message>
    <message>
        <source>Phase {phase}</source>
        <translation>Phase {phase}</translation>
    </message>
    <message>
        <source>{n} RE</source>
        <translation>{n} BE</translation>
    </message>
    <message>
        <source>{n} REs</source>
        <translation>{n} BE</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient:in</translation>
    </message>
    <message>
        <source>Therapist</source>
        <translation>Therapeut:in</translation>
    </message>
    <message>
        <source>Few REs (&lt; {min_res})</source>
        <translation>Wenige BE (&lt; {min_res})</translation>
    </message>
</context>
<context>
    <name>comparison.table_model</name>
    <message>
        <source>Patient</source>
        <translation>Patient:in</translation>
    </message>
    <message>
        <source>Therapist</source>
        <translation>Therapeut:in</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>Ähnlichkeit</translation>
    </message>
</context>
<context>
    <name>comparison.trend_charts</name>
    <message>
        <source>Positive units (share of units with a valence)</source>
        <translation>Positive Einheiten (Anteil der Einheiten mit Valenz)</translation>
    </message>
    <message>
        <source>no REs</source>
        <translation>keine BE</translation>
    </message>
    <message>
        <source>no valenced units</source>
        <translation>keine Einheiten mit Valenz</translation>
    </message>
    <message>
        <source>Not drawn: {narrator} {component}, phase {phase} ({why}).</source>
        <translation>Nicht gezeichnet: {narrator} {component}, Phase {phase} ({why}).</translation>
    </message>
    <message>
        <source>Few REs (&lt; {min_res})</source>
        <translation>Wenige BE (&lt; {min_res})</translation>
    </message>
    <message>
        <source>Similarity (−1 to 1)</source>
        <translation>Ähnlichkeit (−1 bis 1)</translation>
    </message>
    <message>
        <source>Under each phase: ✓ the top {level}s (ties kept) are the same, ∩ they share one but differ, ✗ none in common.</source>
        <translation>Unter jeder Phase: ✓ die Spitzen (Stufe {level}, Gleichstände bleiben erhalten) sind gleich, ∩ sie teilen eine, unterscheiden sich aber, ✗ keine gemeinsam.</translation>
    </message>
    <message>
        <source>Spearman</source>
        <translation>Spearman</translation>
    </message>
    <message>
        <source>Not drawn: {component} {name}, phase {phase} — undefined: {friendly}.</source>
        <translation>Nicht gezeichnet: {component} {name}, Phase {phase} – nicht definiert: {friendly}.</translation>
    </message>
    <message>
        <source>Spearman ρ</source>
        <translation>Spearman ρ</translation>
    </message>
    <message>
        <source>Cosine</source>
        <translation>Kosinus</translation>
    </message>
</context>
<context>
    <name>comparison.view</name>
    <message>
        <source>The {layer_name} layer has no coded REs here: choose another dyad or layer.</source>
        <translation>Die Ebene {layer_name} hat hier keine kodierten BE: Wählen Sie eine andere Dyade oder Ebene.</translation>
    </message>
    <message>
        <source>Italic: fewer than {min_res} included REs (few REs). Hover a cell for the counts behind it, excluded REs and every code&apos;s pervasiveness.</source>
        <translation>Kursiv: weniger als {min_res} einbezogene BE (wenige BE). Zeigen Sie auf eine Zelle für die zugrunde liegenden Anzahlen, ausgeschlossene BE und die Pervasivität jedes Codes.</translation>
    </message>
    <message>
        <source>Direction level (CCRT-LU): each RE counts once per direction given to one of its units; units without a direction do not count, so pervasiveness is the share of all included REs with the direction.</source>
        <translation>Richtungsebene (ZBKT-LU): Jede BE zählt einmal je Richtung, die einer ihrer Einheiten gegeben wurde; Einheiten ohne Richtung zählen nicht, die Durchgängigkeit ist also der Anteil aller einbezogenen BE mit dieser Richtung.</translation>
    </message>
</context>
<context>
    <name>consensus.coder_columns</name>
    <message>
        <source>Line {first}</source>
        <translation>Zeile {first}</translation>
    </message>
    <message>
        <source>Lines {first}–{last}</source>
        <translation>Zeilen {first}–{last}</translation>
    </message>
</context>
<context>
    <name>consensus.coders_side_by_side</name>
    <message>
        <source>{who}. Accepting copies a unit into the consensus; coders&apos; units stay unchanged. ≠ another coder coded it otherwise.</source>
        <translation>{who}. „Übernehmen“ kopiert eine Einheit in den Konsens; die Einheiten der Kodierenden bleiben unverändert. ≠ eine andere kodierende Person hat es anders kodiert.</translation>
    </message>
    <message>
        <source>{who}, one colour each; in the text: W solid, RO dashed, RS dotted; ≠ another coder coded it otherwise, = alike.</source>
        <translation>{who}, je eine Farbe; im Text: W durchgezogen, RO gestrichelt, RS gepunktet; ≠ eine andere kodierende Person hat es anders kodiert, = gleich kodiert.</translation>
    </message>
</context>
<context>
    <name>consensus.compared_card</name>
    <message>
        <source>Coded otherwise on this stretch:</source>
        <translation>An dieser Textstelle anders kodiert:</translation>
    </message>
    <message>
        <source>Coded alike:</source>
        <translation>Gleich kodiert:</translation>
    </message>
</context>
<context>
    <name>consensus.replace_prompt</name>
    <message>
        <source>Already in the consensus</source>
        <translation>Bereits im Konsens</translation>
    </message>
    <message>
        <source>The consensus already codes this text as {old} ({where}).

Replace {old} with {new}, or add {new} beside it?</source>
        <translation>Der Konsens kodiert diesen Text bereits als {old} ({where}).

{old} durch {new} ersetzen oder {new} daneben hinzufügen?</translation>
    </message>
    <message>
        <source>Either can be undone with Ctrl+Z.</source>
        <translation>Beides lässt sich mit Strg+Z rückgängig machen.</translation>
    </message>
    <message>
        <source>Replace {old} with {new}</source>
        <translation>{old} durch {new} ersetzen</translation>
    </message>
    <message>
        <source>Add beside it</source>
        <translation>Daneben hinzufügen</translation>
    </message>
</context>
<context>
    <name>consensus.unit_dialog</name>
    <message>
        <source>not given</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>positive (+)</source>
        <translation>positiv (+)</translation>
    </message>
    <message>
        <source>negative (−)</source>
        <translation>negativ (−)</translation>
    </message>
</context>
<context>
    <name>episodes.re_list_model</name>
    <message>
        <source>RE {number}</source>
        <translation>BE {number}</translation>
    </message>
</context>
<context>
    <name>episodes.unit_table_model</name>
    <message>
        <source>positive</source>
        <translation>positiv</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>negativ</translation>
    </message>
    <message>
        <source>Comp.</source>
        <translation>Komp.</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>Tailor-made label</source>
        <translation>Formulierung</translation>
    </message>
</context>
<context>
    <name>exchange.export_dialog</name>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files, one per sheet (*.csv)</source>
        <translation>CSV-Dateien, eine je Tabelle (*.csv)</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export abgebrochen; nichts wurde geschrieben.</translation>
    </message>
</context>
<context>
    <name>exchange.import_codes_dialog</name>
    <message>
        <source>Units sheets (*.xlsx *.csv);;Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation>Units-Tabellen (*.xlsx *.csv);;Excel-Arbeitsmappen (*.xlsx);;CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>1 unit</source>
        <translation>1 Einheit</translation>
    </message>
    <message>
        <source>{units:,} units</source>
        <translation>{units:,} Einheiten</translation>
    </message>
    <message>
        <source>Added {units} for {coders}.</source>
        <translation>{units} für {coders} hinzugefügt.</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemanden</translation>
    </message>
    <message>
        <source>New coder</source>
        <translation>Neue:r Kodierer:in</translation>
    </message>
    <message>
        <source>New coders</source>
        <translation>Neue Kodierende</translation>
    </message>
    <message>
        <source>Skipped {rows} whose unit the project has already.</source>
        <translation>{rows} übersprungen, deren Einheit das Projekt bereits enthält.</translation>
    </message>
</context>
<context>
    <name>exchange.merge_dialog</name>
    <message>
        <source>Choose Add… to pick the copies of this study that your coders worked on (.ccrt files). What each would add, and any conflict, shows here before anything is written.</source>
        <translation>Wählen Sie „Hinzufügen…“, um die Kopien dieser Studie auszuwählen, an denen Ihre Kodierenden gearbeitet haben (.ccrt-Dateien). Was jede hinzufügen würde, und jeder Konflikt, erscheint hier, bevor etwas geschrieben wird.</translation>
    </message>
</context>
<context>
    <name>exchange.merge_preview</name>
    <message>
        <source>own coding</source>
        <translation>eigene Kodierung</translation>
    </message>
    <message>
        <source>Cannot merge: {names} is refused (see above). Remove it from the list to merge the others.</source>
        <translation>Zusammenführen nicht möglich: {names} ist abgelehnt (siehe oben). Entfernen Sie die Kopie aus der Liste, um die anderen zusammenzuführen.</translation>
    </message>
    <message>
        <source>Cannot merge: {names} are refused (see above). Remove them from the list to merge the others.</source>
        <translation>Zusammenführen nicht möglich: {names} sind abgelehnt (siehe oben). Entfernen Sie diese Kopien aus der Liste, um die anderen zusammenzuführen.</translation>
    </message>
    <message>
        <source>Nothing to add: {target} has all of this work already.</source>
        <translation>Nichts hinzuzufügen: {target} enthält diese Arbeit bereits vollständig.</translation>
    </message>
    <message>
        <source>Merge will add {parts} to {target}, after backing it up.</source>
        <translation>Das Zusammenführen fügt {parts} zu {target} hinzu, nach einer Sicherung.</translation>
    </message>
    <message>
        <source> {count} left out: this project keeps its own work there.</source>
        <translation> {count} ausgelassen: Dieses Projekt behält dort seine eigene Arbeit.</translation>
    </message>
    <message>
        <source>REFUSED: nothing is merged from it</source>
        <translation>ABGELEHNT: Nichts daraus wird zusammengeführt</translation>
    </message>
    <message>
        <source>&lt;li&gt;New coder: {name}&lt;/li&gt;</source>
        <translation>&lt;li&gt;Neue:r Kodierer:in: {name}&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li style=&apos;color:{conflict}&apos;&gt;&lt;b&gt;Conflict:&lt;/b&gt; {text}&lt;/li&gt;</source>
        <translation>&lt;li style=&apos;color:{conflict}&apos;&gt;&lt;b&gt;Konflikt:&lt;/b&gt; {text}&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li style=&apos;color:{muted}&apos;&gt;Note: {text}&lt;/li&gt;</source>
        <translation>&lt;li style=&apos;color:{muted}&apos;&gt;Hinweis: {text}&lt;/li&gt;</translation>
    </message>
    <message>
        <source>add {count}, {count2}</source>
        <translation>fügt {count}, {count2} hinzu</translation>
    </message>
    <message>
        <source>{added} (they went on coding)</source>
        <translation>{added} (hat weiterkodiert)</translation>
    </message>
    <message>
        <source>already merged</source>
        <translation>bereits zusammengeführt</translation>
    </message>
    <message>
        <source>nothing new</source>
        <translation>nichts Neues</translation>
    </message>
    <message>
        <source>CONFLICT: nothing of it is written</source>
        <translation>KONFLIKT: Nichts davon wird geschrieben</translation>
    </message>
    <message>
        <source>nothing to add</source>
        <translation>nichts hinzuzufügen</translation>
    </message>
    <message>
        <source>adds </source>
        <translation>fügt hinzu: </translation>
    </message>
    <message>
        <source> and {n} more</source>
        <translation> und {n} weitere</translation>
    </message>
    <message>
        <source>New REs: {shown}{more}</source>
        <translation>Neue BE: {shown}{more}</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} und {second}</translation>
    </message>
    <message>
        <source>{count} left out: see the details.</source>
        <translation>{count} ausgelassen: siehe Details.</translation>
    </message>
    <message>
        <source>Nothing was merged; the project is unchanged.</source>
        <translation>Es wurde nichts zusammengeführt; das Projekt ist unverändert.</translation>
    </message>
    <message>
        <source>The project as it was before the merge is kept in {name}.</source>
        <translation>Das Projekt im Zustand vor dem Zusammenführen ist in {name} gesichert.</translation>
    </message>
    <message>
        <source>Merged {parts} from {names}.</source>
        <translation>{parts} aus {names} zusammengeführt.</translation>
    </message>
</context>
<context>
    <name>exchange.qdpx_flows</name>
    <message>
        <source>REFI-QDA projects (*.qdpx);;All files (*)</source>
        <translation>REFI-QDA-Projekte (*.qdpx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export REFI-QDA project</source>
        <translation>REFI-QDA-Projekt exportieren</translation>
    </message>
    <message>
        <source>Import REFI-QDA project</source>
        <translation>REFI-QDA-Projekt importieren</translation>
    </message>
    <message>
        <source>Save the imported project as</source>
        <translation>Das importierte Projekt speichern als</translation>
    </message>
    <message>
        <source>Created {project} from {source}: {interviews}, {res}, {units}.</source>
        <translation>{project} aus {source} angelegt: {interviews}, {res}, {units}.</translation>
    </message>
    <message>
        <source>{n_unmapped_codes} codes could not be mapped to W, RO or RS; their {unmapped:,} codings were not imported: {names}</source>
        <translation>{n_unmapped_codes} Codes ließen sich nicht W, RO oder RS zuordnen; ihre {unmapped:,} Kodierungen wurden nicht importiert: {names}</translation>
    </message>
    <message>
        <source> and {more} more (see the details).</source>
        <translation> und {more} weitere (siehe Details).</translation>
    </message>
    <message>
        <source>Every code was mapped to a component (W, RO, RS).</source>
        <translation>Jeder Code wurde einer Komponente zugeordnet (W, RO, RS).</translation>
    </message>
    <message>
        <source>Export REFI-QDA</source>
        <translation>REFI-QDA exportieren</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>Schreibe {name}…</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Export abgeschlossen</translation>
    </message>
    <message>
        <source>Exported {sources} transcripts, {res:,} REs and {units:,} units of {coders} coders as a REFI-QDA project:</source>
        <translation>{sources} Transkripte, {res:,} BE und {units:,} Einheiten von {coders} Kodierenden als REFI-QDA-Projekt exportiert:</translation>
    </message>
    <message>
        <source>Import REFI-QDA</source>
        <translation>REFI-QDA importieren</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Lese {name}…</translation>
    </message>
    <message>
        <source>REFI-QDA project imported</source>
        <translation>REFI-QDA-Projekt importiert</translation>
    </message>
</context>
<context>
    <name>exchange.redaction_dialog</name>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>patient</source>
        <translation>Patient:in</translation>
    </message>
    <message>
        <source>therapist</source>
        <translation>Therapeut:in</translation>
    </message>
    <message>
        <source>RE other person</source>
        <translation>andere Person einer BE</translation>
    </message>
    <message>
        <source>coder</source>
        <translation>Kodierer:in</translation>
    </message>
    <message>
        <source>title in a transcript</source>
        <translation>Anrede oder Titel in einem Transkript</translation>
    </message>
</context>
<context>
    <name>exchange.report_dialog</name>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Word-Dokument (*.docx)</translation>
    </message>
    <message>
        <source>Web page, self-contained (*.html)</source>
        <translation>Webseite, eigenständig (*.html)</translation>
    </message>
</context>
<context>
    <name>exchange.send_work</name>
    <message>
        <source>Send my work: save it as</source>
        <translation>Meine Arbeit senden: speichern als</translation>
    </message>
    <message>
        <source>Send my work</source>
        <translation>Meine Arbeit senden</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>Schreibe {name}…</translation>
    </message>
    <message>
        <source>Your work is ready to send</source>
        <translation>Ihre Arbeit ist bereit zum Senden</translation>
    </message>
    <message>
        <source>Wrote your own work as {coder}, {units} and {ratings}, with nothing of the other coders. Send this file to your project lead, who merges it into the study:</source>
        <translation>Ihre eigene Arbeit als {coder} wurde geschrieben ({units} und {ratings}), ohne die Arbeit der anderen Kodierenden. Senden Sie diese Datei an Ihre Projektleitung, die sie mit der Studie zusammenführt:</translation>
    </message>
</context>
<context>
    <name>shell.analysis_views</name>
    <message>
        <source>The consensus meeting is not open to you here: showing the RE for coding.</source>
        <translation>Die Konsenssitzung steht Ihnen hier nicht offen: Die BE wird zum Kodieren gezeigt.</translation>
    </message>
</context>
<context>
    <name>shell.help_dialog</name>
    <message>
        <source>next hit</source>
        <translation>nächster Treffer</translation>
    </message>
    <message>
        <source>previous hit</source>
        <translation>vorheriger Treffer</translation>
    </message>
    <message>
        <source>close the find bar</source>
        <translation>die Suchleiste schließen</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>Coding</source>
        <translation>Kodieren</translation>
    </message>
    <message>
        <source>Category picker</source>
        <translation>Kategorienauswahl</translation>
    </message>
    <message>
        <source>Find bar</source>
        <translation>Suchleiste</translation>
    </message>
</context>
<context>
    <name>shell.settings_dialog</name>
    <message>
        <source>On: each coder sees only their own units and ratings.</source>
        <translation>Ein: Jede:r Kodierende sieht nur die eigenen Einheiten und Bewertungen.</translation>
    </message>
    <message>
        <source>Off: coders see each other&apos;s work (comparison, consensus meeting).</source>
        <translation>Aus: Die Kodierenden sehen die Arbeit der anderen (Vergleich, Konsenssitzung).</translation>
    </message>
    <message>
        <source>The project lead switches it in Project ▸ Blind coding.</source>
        <translation>Die Projektleitung schaltet sie unter Projekt ▸ Blindkodierung um.</translation>
    </message>
</context>
<context>
    <name>shell.unit_opener</name>
    <message>
        <source>RE {re} is shown; the unit is in the consensus layer.</source>
        <translation>BE {re} wird gezeigt; die Einheit liegt in der Konsensebene.</translation>
    </message>
    <message>
        <source>RE {re} is shown; the unit is {coder}&apos;s, not in your list.</source>
        <translation>BE {re} wird gezeigt; die Einheit gehört {coder} und steht nicht in Ihrer Liste.</translation>
    </message>
</context>
<context>
    <name>shell.welcome_page</name>
    <message>
        <source>Continue a study saved as a .ccrt project file.</source>
        <translation>Eine als .ccrt-Projektdatei gespeicherte Studie fortsetzen.</translation>
    </message>
    <message>
        <source>Start an empty study, then import RAP interview transcripts.</source>
        <translation>Eine leere Studie beginnen und dann RAP-Interviewtranskripte importieren.</translation>
    </message>
    <message>
        <source>Two fictional dyads, patient and therapist, interviewed after sessions 5, 15 and 28.</source>
        <translation>Zwei fiktive Dyaden, Patient:in und Therapeut:in, interviewt nach den Sitzungen 5, 15 und 28.</translation>
    </message>
</context>
<context>
    <name>study.design_models</name>
    <message>
        <source>Dyad</source>
        <translation>Dyade</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient:in</translation>
    </message>
    <message>
        <source>Therapist</source>
        <translation>Therapeut:in</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Interviews</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Narrator</source>
        <translation>Erzähler:in</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>REs</source>
        <translation>BE</translation>
    </message>
    <message>
        <source>Double-click to move the interview (its REs and coding go with it)</source>
        <translation>Doppelklicken, um das Interview zu verschieben (seine BE und Kodierungen gehen mit)</translation>
    </message>
</context>
<context>
    <name>study.design_panes</name>
    <message>
        <source>{dyad} · {narrator} · phase {phase}</source>
        <translation>{dyad} · {narrator} · Phase {phase}</translation>
    </message>
    <message>
        <source>{units} by {coders}</source>
        <translation>{units} von {coders}</translation>
    </message>
    <message>
        <source>{where}: {res}, {units}, {ratings}</source>
        <translation>{where}: {res}, {units}, {ratings}</translation>
    </message>
    <message>
        <source>Delete interview?</source>
        <translation>Interview löschen?</translation>
    </message>
    <message>
        <source>Delete {what}?</source>
        <translation>{what} löschen?</translation>
    </message>
    <message>
        <source>Its transcript, REs, units and ratings are deleted for every coder. A copy of the project is saved beside it first.</source>
        <translation>Sein Transkript, seine BE, Einheiten und Bewertungen werden für alle Kodierenden gelöscht. Zuvor wird daneben eine Kopie des Projekts gespeichert.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>study.import_model</name>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Dyad</source>
        <translation>Dyade</translation>
    </message>
    <message>
        <source>Narrator</source>
        <translation>Erzähler:in</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>REs</source>
        <translation>BE</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Zeichenkodierung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>the dyad</source>
        <translation>die Dyade</translation>
    </message>
    <message>
        <source>the narrator</source>
        <translation>die Erzähler:in</translation>
    </message>
    <message>
        <source>the phase</source>
        <translation>die Phase</translation>
    </message>
    <message>
        <source>tell {what} (the name does not fit the pattern)</source>
        <translation>{what} angeben (der Name passt nicht zum Muster)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>already in the project: tick to replace its transcript (nobody coded it)</source>
        <translation>schon im Projekt: ankreuzen, um das Transkript zu ersetzen (noch von niemandem kodiert)</translation>
    </message>
    <message>
        <source>{res} in {interviews}</source>
        <translation>{res} in {interviews}</translation>
    </message>
    <message>
        <source>from columns</source>
        <translation>aus Spalten</translation>
    </message>
    <message>
        <source>{dyad} (new)</source>
        <translation>{dyad} (neu)</translation>
    </message>
    <message>
        <source>replaces the transcript in the project (nobody coded it)</source>
        <translation>ersetzt das Transkript im Projekt (noch von niemandem kodiert)</translation>
    </message>
    <message>
        <source>new: {interviews}</source>
        <translation>neu: {interviews}</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>; new dyad {dyads}</source>
        <translation>; neue Dyade {dyads}</translation>
    </message>
    <message>
        <source>Double-click to change</source>
        <translation>Zum Ändern doppelklicken</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>Word-Dokument</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Excel-Arbeitsmappe</translation>
    </message>
</context>
<context>
    <name>study.import_parts</name>
    <message>
        <source>Transcripts and RE tables (*.txt *.docx *.csv *.xlsx);;All files (*)</source>
        <translation>Transkripte und BE-Tabellen (*.txt *.docx *.csv *.xlsx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>No files yet.</source>
        <translation>Noch keine Dateien.</translation>
    </message>
    <message>
        <source>{files}: {interviews}, {res}</source>
        <translation>{files}: {interviews}, {res}</translation>
    </message>
    <message>
        <source>; new dyads: {dyads}</source>
        <translation>; neue Dyaden: {dyads}</translation>
    </message>
    <message>
        <source>Import is blocked by {files}: {names}{more}.</source>
        <translation>Der Import wird blockiert durch {files}: {names}{more}.</translation>
    </message>
    <message>
        <source> and {n} more</source>
        <translation> und {n} weitere</translation>
    </message>
    <message>
        <source>Imported {interviews} with {res}.</source>
        <translation>{interviews} mit {res} importiert.</translation>
    </message>
    <message>
        <source>Replaced the transcript of {interviews}.</source>
        <translation>Transkript ersetzt für {interviews}.</translation>
    </message>
</context>
<context>
    <name>study.progress_delegate</name>
    <message>
        <source>{done}/{total} REs</source>
        <translation>{done}/{total} BE</translation>
    </message>
</context>
<context>
    <name>study.search</name>
    <message>
        <source>Interview</source>
        <translation>Interview</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>{dyad} · {value} {code} · phase {phase}</source>
        <translation>{dyad} · {value} {code} · Phase {phase}</translation>
    </message>
    <message>
        <source>Type a text to find.</source>
        <translation>Geben Sie einen Suchtext ein.</translation>
    </message>
    <message>
        <source>“{query}” is in no transcript.</source>
        <translation>„{query}“ kommt in keinem Transkript vor.</translation>
    </message>
    <message>
        <source>More than {MAX_HITS} hits: the first {MAX_HITS} are listed.</source>
        <translation>Mehr als {MAX_HITS} Treffer: Die ersten {MAX_HITS} werden aufgeführt.</translation>
    </message>
    <message>
        <source>{hits} in {interviews}.</source>
        <translation>{hits} in {interviews}.</translation>
    </message>
</context>
<context>
    <name>study.tree_model</name>
    <message>
        <source>Dyad {dyad}: patient {patient}, therapist {therapist}</source>
        <translation>Dyade {dyad}: Patient:in {patient}, Therapeut:in {therapist}</translation>
    </message>
    <message>
        <source>Interviews narrated by the {value} ({code})</source>
        <translation>Interviews, erzählt von der {value} ({code})</translation>
    </message>
    <message>
        <source>1 RE</source>
        <translation>1 BE</translation>
    </message>
    <message>
        <source>{n_res} REs</source>
        <translation>{n_res} BE</translation>
    </message>
    <message>
        <source>phase {phase} · {res}</source>
        <translation>Phase {phase} · {res}</translation>
    </message>
    <message>
        <source>{describe} (RAP interview after session {phase}), {res}</source>
        <translation>{describe} (RAP-Interview nach Sitzung {phase}), {res}</translation>
    </message>
</context>
<context>
    <name>terms</name>
    <message>
        <source>Wish</source>
        <translation>Wunsch</translation>
    </message>
    <message>
        <source>Response of Other</source>
        <translation>Reaktion des Objekts</translation>
    </message>
    <message>
        <source>Response of Self</source>
        <translation>Reaktion des Subjekts</translation>
    </message>
    <message>
        <source>patient</source>
        <translation>Patient:in</translation>
    </message>
    <message>
        <source>therapist</source>
        <translation>Therapeut:in</translation>
    </message>
    <message>
        <source>category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Cohen&apos;s kappa</source>
        <translation>Cohens Kappa</translation>
    </message>
    <message>
        <source>Weighted kappa, linear</source>
        <translation>Gewichtetes Kappa, linear</translation>
    </message>
    <message>
        <source>Weighted kappa, quadratic</source>
        <translation>Gewichtetes Kappa, quadratisch</translation>
    </message>
    <message>
        <source>Scott&apos;s pi</source>
        <translation>Scotts Pi</translation>
    </message>
    <message>
        <source>Percent agreement</source>
        <translation>Prozentuale Übereinstimmung</translation>
    </message>
    <message>
        <source>Gwet&apos;s AC1</source>
        <translation>Gwets AC1</translation>
    </message>
    <message>
        <source>Fleiss&apos; kappa</source>
        <translation>Fleiss&apos; Kappa</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s alpha</source>
        <translation>Krippendorffs Alpha</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s alpha (interval)</source>
        <translation>Krippendorffs Alpha (Intervall)</translation>
    </message>
    <message>
        <source>Unitizing alpha</source>
        <translation>Unitizing-Alpha</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s alpha (ordinal)</source>
        <translation>Krippendorffs Alpha (ordinal)</translation>
    </message>
    <message>
        <source>ICC(2,1)</source>
        <translation>ICC(2,1)</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s alpha (MASI)</source>
        <translation>Krippendorffs Alpha (MASI)</translation>
    </message>
    <message>
        <source>Exact match</source>
        <translation>Exakte Übereinstimmung</translation>
    </message>
    <message>
        <source>{dyad} / {narrator} / phase {phase}</source>
        <translation>{dyad} / {narrator} / Phase {phase}</translation>
    </message>
    <message>
        <source>line {lines}</source>
        <translation>Zeile {lines}</translation>
    </message>
    <message>
        <source>lines {lines}</source>
        <translation>Zeilen {lines}</translation>
    </message>
</context>
<context>
    <name>units.unit_text</name>
    <message>
        <source>valence {VALENCE_WORD}</source>
        <translation>Valenz {VALENCE_WORD}</translation>
    </message>
    <message>
        <source>Memo: {memo}</source>
        <translation>Memo: {memo}</translation>
    </message>
</context>
<context>
    <name>units_view.export</name>
    <message>
        <source>Export units</source>
        <translation>Einheiten exportieren</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <source>Wrote {units} units, {matrix} matrix rows and {memos} memos.</source>
        <translation>{units} Einheiten, {matrix} Zeilen der Häufigkeitsmatrix und {memos} Memos geschrieben.</translation>
    </message>
    <message>
        <source>Units exported</source>
        <translation>Einheiten exportiert</translation>
    </message>
    <message>
        <source>Cannot export the units</source>
        <translation>Die Einheiten lassen sich nicht exportieren</translation>
    </message>
</context>
<context>
    <name>units_view.matrix_model</name>
    <message>
        <source>{units} units in {res} REs</source>
        <translation>{units} Einheiten in {res} BE</translation>
    </message>
    <message>
        <source>{narrator}
phase {phase}</source>
        <translation>{narrator}
Phase {phase}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
</context>
<context>
    <name>units_view.table_model</name>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Valence</source>
        <translation>Valenz</translation>
    </message>
    <message>
        <source>Actual/anticipated</source>
        <translation>Tatsächlich/erwartet</translation>
    </message>
    <message>
        <source>Coder (layer)</source>
        <translation>Kodierer:in (Ebene)</translation>
    </message>
    <message>
        <source>Dyad</source>
        <translation>Dyade</translation>
    </message>
    <message>
        <source>Narrator</source>
        <translation>Erzähler:in</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>RE</source>
        <translation>BE</translation>
    </message>
    <message>
        <source>Other person</source>
        <translation>Andere Person</translation>
    </message>
    <message>
        <source>Time frame</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Memo</translation>
    </message>
    <message>
        <source>consensus</source>
        <translation>Konsens</translation>
    </message>
</context>
<context>
    <name>widgets.dialogs</name>
    <message>
        <source>CCRT Coder projects (*{suffix});;All files (*)</source>
        <translation>CCRT-Coder-Projekte (*{suffix});;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <source>Cannot write there</source>
        <translation>Dort kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Replace files?</source>
        <translation>Dateien ersetzen?</translation>
    </message>
    <message>
        <source>These files exist already and will be replaced:

{names}</source>
        <translation>Diese Dateien gibt es schon; sie werden ersetzt:

{names}</translation>
    </message>
    <message>
        <source>About CCRT Coder</source>
        <translation>Über CCRT Coder</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CCRT Coder {version__}&lt;/h3&gt;&lt;p&gt;Code RAP interview transcripts with Luborsky&apos;s Core Conflictual Relationship Theme method: relationship episodes, wishes, responses of other and of self, CCRT formation and inter-rater agreement.&lt;/p&gt;&lt;p style=&apos;color: gray&apos;&gt;Python {python_version} · Qt for Python {pyside_version}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CCRT Coder {version__}&lt;/h3&gt;&lt;p&gt;RAP-Interviewtranskripte mit Luborskys Methode des Zentralen Beziehungskonflikt-Themas (ZBKT) kodieren: Beziehungsepisoden, Wünsche, Reaktionen des Objekts und des Subjekts, ZBKT-Bildung und Interrater-Übereinstimmung.&lt;/p&gt;&lt;p style=&apos;color: gray&apos;&gt;Python {python_version} · Qt for Python {pyside_version}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>widgets.job_dialog</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>widgets.phases</name>
    <message>
        <source>Phases are session numbers, e.g. 5, 15, 28.</source>
        <translation>Phasen sind Sitzungsnummern, z. B. 5, 15, 28.</translation>
    </message>
</context>
<context>
    <name>widgets.report_boxes</name>
    <message>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
</context>
<context>
    <name>workers</name>
    <message>
        <source>{what} took too long</source>
        <translation>{what} hat zu lange gedauert</translation>
    </message>
</context>
</TS>
