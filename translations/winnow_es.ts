<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>winnow::app</name>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 es un archivo, no una carpeta.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Cannot write to the folder %1.</source>
        <translation>No se puede escribir en la carpeta %1.</translation>
    </message>
</context>
<context>
    <name>winnow::app::CommandLine</name>
    <message>
        <source>Show this help and quit.</source>
        <translation>Muestra esta ayuda y sale.</translation>
    </message>
    <message>
        <source>Show Winnow&apos;s version and quit.</source>
        <translation>Muestra la versión de Winnow y sale.</translation>
    </message>
    <message>
        <source>Keep jobs and their results in &lt;folder&gt; instead of %1.</source>
        <translation>Guarda los trabajos y sus resultados en &lt;carpeta&gt;, en lugar de %1.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>carpeta</translation>
    </message>
    <message>
        <source>Winnow finds good machine-learning models for tables: give it a CSV file and the column to predict.</source>
        <translation>Winnow encuentra buenos modelos de aprendizaje automático para tablas: dale un archivo CSV y la columna que quieres predecir.</translation>
    </message>
    <message>
        <source>CSV files (.csv or .csv.gz) to start a job from.</source>
        <translation>Archivos CSV (.csv o .csv.gz) con los que iniciar un trabajo.</translation>
    </message>
    <message>
        <source>[file.csv...]</source>
        <translation>[archivo.csv...]</translation>
    </message>
    <message>
        <source>Try &apos;%1 --help&apos; for more information.</source>
        <translation>Prueba &apos;%1 --help&apos; para más información.</translation>
    </message>
</context>
<context>
    <name>winnow::ui::AboutDialog</name>
    <message>
        <source>Windows, charts, networking and settings</source>
        <translation>Ventanas, gráficos, red y configuración</translation>
    </message>
    <message>
        <source>Gradient-boosted trees</source>
        <translation>Árboles potenciados por gradiente</translation>
    </message>
    <message>
        <source>Linear models and support vector machines</source>
        <translation>Modelos lineales y máquinas de vectores de soporte</translation>
    </message>
    <message>
        <source>Linear algebra</source>
        <translation>Álgebra lineal</translation>
    </message>
    <message>
        <source>Reading and writing JSON</source>
        <translation>Lectura y escritura de JSON</translation>
    </message>
    <message>
        <source>Pipeline diagrams</source>
        <translation>Diagramas de los pipelines</translation>
    </message>
    <message>
        <source>Keeping credentials in the system keychain</source>
        <translation>Guardar las credenciales en el llavero del sistema</translation>
    </message>
    <message>
        <source>Reading gzipped CSV files</source>
        <translation>Lectura de archivos CSV comprimidos con gzip</translation>
    </message>
    <message>
        <source>The job database</source>
        <translation>La base de datos de los trabajos</translation>
    </message>
    <message>
        <source>Public domain</source>
        <translation>Dominio público</translation>
    </message>
    <message>
        <source>About Winnow</source>
        <translation>Acerca de Winnow</translation>
    </message>
    <message>
        <source>Winnow</source>
        <translation>Winnow</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <source>Winnow finds good machine-learning models for tables. Give it a CSV file and the column to predict: it prepares the data, tries and tunes many models on this computer or on a remote backend, and shows you how the best ones score.</source>
        <translation>Winnow encuentra buenos modelos de aprendizaje automático para tablas. Dale un archivo CSV y la columna que quieres predecir: prepara los datos, prueba y ajusta muchos modelos en este equipo o en un backend remoto, y te muestra qué puntuación obtienen los mejores.</translation>
    </message>
    <message>
        <source>Winnow is free software, released under the GNU General Public License, version 3 or later. &lt;a href=&quot;%1&quot;&gt;Project home page&lt;/a&gt;</source>
        <translation>Winnow es software libre, publicado bajo la Licencia Pública General de GNU, versión 3 o posterior. &lt;a href=&quot;%1&quot;&gt;Página del proyecto&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Compilado con Qt %1, ejecutándose con Qt %2.</translation>
    </message>
    <message>
        <source>Winnow is built on these libraries:</source>
        <translation>Winnow se apoya en estas bibliotecas:</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>Se usa para</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>Libraries and their licences</source>
        <translation>Bibliotecas y sus licencias</translation>
    </message>
</context>
<context>
    <name>winnow::ui::JobListEmptyState</name>
    <message>
        <source>Drop a CSV here to start a job</source>
        <translation>Suelta un CSV aquí para iniciar un trabajo</translation>
    </message>
    <message>
        <source>Winnow reads CSV files, plain or gzipped. Choose the column to predict, and Winnow trains, tunes and compares models to find the best one.</source>
        <translation>Winnow lee archivos CSV, normales o comprimidos con gzip. Elige la columna que quieres predecir y Winnow entrena, ajusta y compara modelos para encontrar el mejor.</translation>
    </message>
    <message>
        <source>Open CSV…</source>
        <translation>Abrir CSV…</translation>
    </message>
    <message>
        <source>Try the Sample Data</source>
        <translation>Probar los datos de ejemplo</translation>
    </message>
    <message>
        <source>Open a small customer-churn dataset that comes with Winnow</source>
        <translation>Abre un pequeño conjunto de datos de abandono de clientes incluido con Winnow</translation>
    </message>
    <message>
        <source>A CSV file dropping into Winnow</source>
        <translation>Un archivo CSV cayendo en Winnow</translation>
    </message>
    <message>
        <source>Empty job list</source>
        <translation>Lista de trabajos vacía</translation>
    </message>
    <message>
        <source>Drop a CSV file here, or open one, to start a job</source>
        <translation>Suelta un archivo CSV aquí, o abre uno, para iniciar un trabajo</translation>
    </message>
    <message>
        <source>Ready for a new job: %1</source>
        <translation>Listo para un nuevo trabajo: %1</translation>
    </message>
</context>
<context>
    <name>winnow::ui::MainWindow</name>
    <message>
        <source>Winnow</source>
        <translation>Winnow</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Jobs</source>
        <translation>&amp;Trabajos</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;New Job…</source>
        <translation>&amp;Nuevo trabajo…</translation>
    </message>
    <message>
        <source>Set up a job that trains models on a table</source>
        <translation>Configura un trabajo que entrena modelos con una tabla</translation>
    </message>
    <message>
        <source>&amp;Open CSV…</source>
        <translation>&amp;Abrir CSV…</translation>
    </message>
    <message>
        <source>Choose CSV files to train on</source>
        <translation>Elige archivos CSV con los que entrenar</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Close Winnow</source>
        <translation>Cierra Winnow</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>Stop the selected job and keep the best model found so far</source>
        <translation>Detiene el trabajo seleccionado y conserva el mejor modelo encontrado hasta ahora</translation>
    </message>
    <message>
        <source>&amp;Clone</source>
        <translation>&amp;Clonar</translation>
    </message>
    <message>
        <source>Start a new job with the selected job&apos;s settings</source>
        <translation>Inicia un nuevo trabajo con la configuración del trabajo seleccionado</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Delete the selected job and its results</source>
        <translation>Elimina el trabajo seleccionado y sus resultados</translation>
    </message>
    <message>
        <source>&amp;Predict…</source>
        <translation>&amp;Predecir…</translation>
    </message>
    <message>
        <source>Apply the selected job&apos;s best model to new data</source>
        <translation>Aplica el mejor modelo del trabajo seleccionado a datos nuevos</translation>
    </message>
    <message>
        <source>&amp;Toolbar</source>
        <translation>Barra de &amp;herramientas</translation>
    </message>
    <message>
        <source>Show or hide the toolbar</source>
        <translation>Muestra u oculta la barra de herramientas</translation>
    </message>
    <message>
        <source>Show or hide the status bar</source>
        <translation>Muestra u oculta la barra de estado</translation>
    </message>
    <message>
        <source>&amp;Backends</source>
        <translation>&amp;Backends</translation>
    </message>
    <message>
        <source>Show or hide the backends sidebar</source>
        <translation>Muestra u oculta la barra lateral de backends</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Pantalla completa</translation>
    </message>
    <message>
        <source>Use the whole screen for Winnow</source>
        <translation>Usa toda la pantalla para Winnow</translation>
    </message>
    <message>
        <source>&amp;About Winnow</source>
        <translation>&amp;Acerca de Winnow</translation>
    </message>
    <message>
        <source>Version, licences and the libraries Winnow uses</source>
        <translation>Versión, licencias y las bibliotecas que usa Winnow</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>The version and licence of Qt</source>
        <translation>La versión y la licencia de Qt</translation>
    </message>
    <message>
        <source>New Job</source>
        <translation>Nuevo trabajo</translation>
    </message>
    <message>
        <source>Open CSV</source>
        <translation>Abrir CSV</translation>
    </message>
    <message>
        <source>Predict</source>
        <translation>Predecir</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>Backends</source>
        <translation>Backends</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Este equipo</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Trabajos</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menú</translation>
    </message>
    <message>
        <source>Skipped %1: Winnow opens .csv and .csv.gz files.</source>
        <translation>Se omitió %1: Winnow abre archivos .csv y .csv.gz.</translation>
    </message>
    <message>
        <source>Skipped %1: no readable file there.</source>
        <translation>Se omitió %1: no hay ningún archivo legible ahí.</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.csv.gz *.CSV);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.csv.gz *.CSV);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Open or drop a CSV file to start a job.</source>
        <translation>Abre o suelta un archivo CSV para iniciar un trabajo.</translation>
    </message>
    <message>
        <source>&amp;Status Bar</source>
        <translation>Barra de &amp;estado</translation>
    </message>
    <message>
        <source>Ready for a new job: %1</source>
        <translation>Listo para un nuevo trabajo: %1</translation>
    </message>
</context>
</TS>
