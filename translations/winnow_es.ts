<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>EngineEventText</name>
    <message>
        <source>Candidate %1, %2: %3 %4 in %5 s</source>
        <translation>Candidato %1, %2: %3 %4 en %5 s</translation>
    </message>
    <message>
        <source> — best so far</source>
        <translation> — el mejor hasta ahora</translation>
    </message>
    <message>
        <source>Candidate %1, %2: timed out after %3 s</source>
        <translation>Candidato %1, %2: se agotó el tiempo tras %3 s</translation>
    </message>
    <message>
        <source>Candidate %1, %2: failed: %3</source>
        <translation>Candidato %1, %2: falló: %3</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Iniciando</translation>
    </message>
    <message>
        <source>Analysing data</source>
        <translation>Analizando los datos</translation>
    </message>
    <message>
        <source>Preparing features</source>
        <translation>Preparando las variables</translation>
    </message>
    <message>
        <source>Searching for the best pipeline</source>
        <translation>Buscando el mejor pipeline</translation>
    </message>
    <message>
        <source>Training the best model</source>
        <translation>Entrenando el mejor modelo</translation>
    </message>
    <message>
        <source>Writing the results</source>
        <translation>Escribiendo los resultados</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenido</translation>
    </message>
    <message>
        <source> (best score %1)</source>
        <translation> (mejor puntuación %1)</translation>
    </message>
    <message>
        <source>%1  Warning: %2</source>
        <translation>%1  Advertencia: %2</translation>
    </message>
    <message>
        <source>%1  Error: %2</source>
        <translation>%1  Error: %2</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
</context>
<context>
    <name>JobMetricsNames</name>
    <message>
        <source>Accuracy</source>
        <translation>Exactitud</translation>
    </message>
    <message>
        <source>Balanced accuracy</source>
        <translation>Exactitud equilibrada</translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation>Matriz de confusión</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Precisión</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Exhaustividad</translation>
    </message>
    <message>
        <source>F1 score</source>
        <translation>Puntuación F1</translation>
    </message>
    <message>
        <source>KS statistic</source>
        <translation>Estadístico KS</translation>
    </message>
    <message>
        <source>ROC AUC</source>
        <translation>ROC AUC</translation>
    </message>
    <message>
        <source>Precision (macro average)</source>
        <translation>Precisión (promedio macro)</translation>
    </message>
    <message>
        <source>Recall (macro average)</source>
        <translation>Exhaustividad (promedio macro)</translation>
    </message>
    <message>
        <source>F1 score (macro average)</source>
        <translation>Puntuación F1 (promedio macro)</translation>
    </message>
    <message>
        <source>Mean squared error</source>
        <translation>Error cuadrático medio</translation>
    </message>
    <message>
        <source>Root mean squared error</source>
        <translation>Raíz del error cuadrático medio</translation>
    </message>
    <message>
        <source>Mean absolute error</source>
        <translation>Error absoluto medio</translation>
    </message>
    <message>
        <source>R² (coefficient of determination)</source>
        <translation>R² (coeficiente de determinación)</translation>
    </message>
    <message>
        <source>True negatives</source>
        <translation>Verdaderos negativos</translation>
    </message>
    <message>
        <source>False positives</source>
        <translation>Falsos positivos</translation>
    </message>
    <message>
        <source>False negatives</source>
        <translation>Falsos negativos</translation>
    </message>
    <message>
        <source>True positives</source>
        <translation>Verdaderos positivos</translation>
    </message>
    <message>
        <source>Share of rows predicted correctly.</source>
        <translation>Proporción de filas predichas correctamente.</translation>
    </message>
    <message>
        <source>Mean of the recalls of the classes, so each class counts the same however rare.</source>
        <translation>Media de las exhaustividades de las clases, de modo que cada clase cuenta lo mismo por poco frecuente que sea.</translation>
    </message>
    <message>
        <source>Of the rows predicted as the class, the share that are.</source>
        <translation>De las filas predichas como de la clase, la proporción que realmente lo son.</translation>
    </message>
    <message>
        <source>Of the rows of the class, the share predicted as it.</source>
        <translation>De las filas de la clase, la proporción predicha como tal.</translation>
    </message>
    <message>
        <source>Harmonic mean of the class&apos;s precision and recall.</source>
        <translation>Media armónica de la precisión y la exhaustividad de la clase.</translation>
    </message>
    <message>
        <source>Kolmogorov–Smirnov statistic: the largest gap between the shares of positives and negatives above a threshold. 0 means no separation, 1 perfect separation.</source>
        <translation>Estadístico de Kolmogórov–Smirnov: la mayor diferencia entre las proporciones de positivos y de negativos por encima de un umbral. 0 significa ninguna separación; 1, separación perfecta.</translation>
    </message>
    <message>
        <source>Area under the ROC curve: the chance that a random positive is scored above a random negative.</source>
        <translation>Área bajo la curva ROC: la probabilidad de que un positivo al azar reciba una puntuación mayor que un negativo al azar.</translation>
    </message>
    <message>
        <source>Area under the ROC curve of the class against all others.</source>
        <translation>Área bajo la curva ROC de la clase frente a todas las demás.</translation>
    </message>
    <message>
        <source>Unweighted mean of the classes&apos; precisions.</source>
        <translation>Media sin ponderar de las precisiones de las clases.</translation>
    </message>
    <message>
        <source>Unweighted mean of the classes&apos; recalls.</source>
        <translation>Media sin ponderar de las exhaustividades de las clases.</translation>
    </message>
    <message>
        <source>Unweighted mean of the classes&apos; F1 scores.</source>
        <translation>Media sin ponderar de las puntuaciones F1 de las clases.</translation>
    </message>
    <message>
        <source>Mean of the squared errors; smaller is better.</source>
        <translation>Media de los errores al cuadrado; cuanto menor, mejor.</translation>
    </message>
    <message>
        <source>Square root of the mean squared error, in the target&apos;s own units; smaller is better.</source>
        <translation>Raíz cuadrada del error cuadrático medio, en las mismas unidades que el objetivo; cuanto menor, mejor.</translation>
    </message>
    <message>
        <source>Mean of the absolute errors; smaller is better.</source>
        <translation>Media de los errores absolutos; cuanto menor, mejor.</translation>
    </message>
    <message>
        <source>1 is perfect, 0 is no better than always predicting the mean, below 0 is worse.</source>
        <translation>1 es perfecto; 0 no es mejor que predecir siempre la media; por debajo de 0 es peor.</translation>
    </message>
    <message>
        <source>Rows of the negative class predicted negative.</source>
        <translation>Filas de la clase negativa predichas como negativas.</translation>
    </message>
    <message>
        <source>Rows of the negative class predicted positive.</source>
        <translation>Filas de la clase negativa predichas como positivas.</translation>
    </message>
    <message>
        <source>Rows of the positive class predicted negative.</source>
        <translation>Filas de la clase positiva predichas como negativas.</translation>
    </message>
    <message>
        <source>Rows of the positive class predicted positive.</source>
        <translation>Filas de la clase positiva predichas como positivas.</translation>
    </message>
    <message>
        <source>KS</source>
        <translation>KS</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>F1 (macro)</source>
        <translation>F1 (macro)</translation>
    </message>
    <message>
        <source>Precision (macro)</source>
        <translation>Precisión (macro)</translation>
    </message>
    <message>
        <source>Recall (macro)</source>
        <translation>Exhaustividad (macro)</translation>
    </message>
    <message>
        <source>MSE</source>
        <translation>MSE</translation>
    </message>
    <message>
        <source>RMSE</source>
        <translation>RMSE</translation>
    </message>
    <message>
        <source>MAE</source>
        <translation>MAE</translation>
    </message>
    <message>
        <source>R²</source>
        <translation>R²</translation>
    </message>
    <message>
        <source>XGBoost</source>
        <translation>XGBoost</translation>
    </message>
    <message>
        <source>Random forest</source>
        <translation>Bosque aleatorio</translation>
    </message>
    <message>
        <source>Extra trees</source>
        <translation>Árboles extremadamente aleatorios</translation>
    </message>
    <message>
        <source>Decision tree</source>
        <translation>Árbol de decisión</translation>
    </message>
    <message>
        <source>Logistic regression</source>
        <translation>Regresión logística</translation>
    </message>
    <message>
        <source>Linear SVM</source>
        <translation>SVM lineal</translation>
    </message>
    <message>
        <source>Ridge regression</source>
        <translation>Regresión ridge</translation>
    </message>
    <message>
        <source>Elastic net</source>
        <translation>Elastic net</translation>
    </message>
    <message>
        <source>k nearest neighbours</source>
        <translation>k vecinos más cercanos</translation>
    </message>
    <message>
        <source>Naive Bayes</source>
        <translation>Naive Bayes</translation>
    </message>
    <message>
        <source>XGBoost classifier</source>
        <translation>Clasificador XGBoost</translation>
    </message>
    <message>
        <source>XGBoost regressor</source>
        <translation>Regresor XGBoost</translation>
    </message>
    <message>
        <source>Random forest classifier</source>
        <translation>Clasificador de bosque aleatorio</translation>
    </message>
    <message>
        <source>Random forest regressor</source>
        <translation>Regresor de bosque aleatorio</translation>
    </message>
    <message>
        <source>Extra trees classifier</source>
        <translation>Clasificador de árboles extremadamente aleatorios</translation>
    </message>
    <message>
        <source>Extra trees regressor</source>
        <translation>Regresor de árboles extremadamente aleatorios</translation>
    </message>
    <message>
        <source>Decision tree classifier</source>
        <translation>Clasificador de árbol de decisión</translation>
    </message>
    <message>
        <source>Decision tree regressor</source>
        <translation>Regresor de árbol de decisión</translation>
    </message>
    <message>
        <source>Linear SVM classifier</source>
        <translation>Clasificador SVM lineal</translation>
    </message>
    <message>
        <source>Linear SVM regressor</source>
        <translation>Regresor SVM lineal</translation>
    </message>
    <message>
        <source>k nearest neighbours classifier</source>
        <translation>Clasificador de k vecinos más cercanos</translation>
    </message>
    <message>
        <source>k nearest neighbours regressor</source>
        <translation>Regresor de k vecinos más cercanos</translation>
    </message>
    <message>
        <source>Gaussian naive Bayes</source>
        <translation>Naive Bayes gaussiano</translation>
    </message>
    <message>
        <source>Fill missing values</source>
        <translation>Imputación de valores faltantes</translation>
    </message>
    <message>
        <source>One-hot encoding</source>
        <translation>Codificación one-hot</translation>
    </message>
    <message>
        <source>Frequency encoding</source>
        <translation>Codificación por frecuencia</translation>
    </message>
    <message>
        <source>Date parts</source>
        <translation>Componentes de fecha</translation>
    </message>
    <message>
        <source>Standard scaler</source>
        <translation>Escalado estándar</translation>
    </message>
    <message>
        <source>Min–max scaler</source>
        <translation>Escalado mín–máx</translation>
    </message>
    <message>
        <source>Max-abs scaler</source>
        <translation>Escalado por máximo absoluto</translation>
    </message>
    <message>
        <source>Robust scaler</source>
        <translation>Escalado robusto</translation>
    </message>
    <message>
        <source>Normalizer</source>
        <translation>Normalizador</translation>
    </message>
    <message>
        <source>Binarizer</source>
        <translation>Binarizador</translation>
    </message>
    <message>
        <source>PCA</source>
        <translation>PCA</translation>
    </message>
    <message>
        <source>Polynomial features</source>
        <translation>Variables polinómicas</translation>
    </message>
    <message>
        <source>Select percentile</source>
        <translation>Selección por percentil</translation>
    </message>
    <message>
        <source>Variance threshold</source>
        <translation>Umbral de varianza</translation>
    </message>
    <message>
        <source>Zero count</source>
        <translation>Recuento de ceros</translation>
    </message>
</context>
<context>
    <name>JobMetricsReader</name>
    <message>
        <source>expected an array of numbers</source>
        <translation>se esperaba una lista de números</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>se esperaba un número</translation>
    </message>
    <message>
        <source>fpr, tpr and thresholds differ in length</source>
        <translation>fpr, tpr y thresholds tienen longitudes distintas</translation>
    </message>
    <message>
        <source>precision and recall differ in length</source>
        <translation>precision y recall tienen longitudes distintas</translation>
    </message>
    <message>
        <source>thresholds, cdfPositive and cdfNegative differ in length</source>
        <translation>thresholds, cdfPositive y cdfNegative tienen longitudes distintas</translation>
    </message>
    <message>
        <source>the matrix has %1 rows for %2 labels</source>
        <translation>la matriz tiene %1 filas para %2 etiquetas</translation>
    </message>
    <message>
        <source>the matrix is not square</source>
        <translation>la matriz no es cuadrada</translation>
    </message>
    <message>
        <source>actual and predicted differ in length</source>
        <translation>actual y predicted tienen longitudes distintas</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 does not exist: the job&apos;s results are incomplete or were moved</source>
        <translation>%1 no existe: los resultados del trabajo están incompletos o se movieron</translation>
    </message>
    <message>
        <source>could not read %1: %2</source>
        <translation>no se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at offset %2)</source>
        <translation>JSON no válido (%1 en la posición %2)</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>se esperaba un objeto JSON</translation>
    </message>
    <message>
        <source>the &quot;winnow&quot; part is missing: this file was not written by winnow-engine</source>
        <translation>falta la sección &quot;winnow&quot;: este archivo no lo escribió winnow-engine</translation>
    </message>
    <message>
        <source>unknown task &quot;%1&quot; in winnow.task</source>
        <translation>tarea desconocida &quot;%1&quot; en winnow.task</translation>
    </message>
    <message>
        <source>Binary classification</source>
        <translation>Clasificación binaria</translation>
    </message>
    <message>
        <source>Multiclass classification</source>
        <translation>Clasificación multiclase</translation>
    </message>
    <message>
        <source>Regression</source>
        <translation>Regresión</translation>
    </message>
</context>
<context>
    <name>MetricEntryBuilder</name>
    <message>
        <source>%1, class %2</source>
        <translation>%1, clase %2</translation>
    </message>
    <message>
        <source>Rows of class %1 predicted as %2</source>
        <translation>Filas de la clase %1 predichas como %2</translation>
    </message>
</context>
<context>
    <name>MomentText</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>ResultCharts</name>
    <message>
        <source>undefined</source>
        <translation>sin definir</translation>
    </message>
    <message>
        <source>%1 (AUC %2)</source>
        <translation>%1 (AUC %2)</translation>
    </message>
    <message>
        <source>ROC curve (AUC %1)</source>
        <translation>Curva ROC (AUC %1)</translation>
    </message>
    <message>
        <source>False positive rate</source>
        <translation>Tasa de falsos positivos</translation>
    </message>
    <message>
        <source>True positive rate</source>
        <translation>Tasa de verdaderos positivos</translation>
    </message>
    <message>
        <source>Chance (AUC 0.500)</source>
        <translation>Azar (AUC 0.500)</translation>
    </message>
    <message>
        <source>above every score: no row predicted positive</source>
        <translation>por encima de todas las puntuaciones: ninguna fila predicha como positiva</translation>
    </message>
    <message>
        <source>%1 or more</source>
        <translation>%1 o más</translation>
    </message>
    <message>
        <source>%1
Threshold: %2
False positive rate: %3
True positive rate: %4</source>
        <translation>%1
Umbral: %2
Tasa de falsos positivos: %3
Tasa de verdaderos positivos: %4</translation>
    </message>
    <message>
        <source>Threshold (probability of class %1)</source>
        <translation>Umbral (probabilidad de la clase %1)</translation>
    </message>
    <message>
        <source>Share of rows scored below the threshold</source>
        <translation>Proporción de filas con puntuación por debajo del umbral</translation>
    </message>
    <message>
        <source>%1
Threshold: %2
Share below it: %3</source>
        <translation>%1
Umbral: %2
Proporción por debajo: %3</translation>
    </message>
    <message>
        <source>Positives (class %1)</source>
        <translation>Positivos (clase %1)</translation>
    </message>
    <message>
        <source>Negatives (class %1)</source>
        <translation>Negativos (clase %1)</translation>
    </message>
    <message>
        <source>KS %1 at threshold %2</source>
        <translation>KS %1 con el umbral %2</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Exhaustividad</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Precisión</translation>
    </message>
    <message>
        <source>No skill (%1)</source>
        <translation>Sin capacidad predictiva (%1)</translation>
    </message>
    <message>
        <source>Precision–recall (AP %1)</source>
        <translation>Precisión–exhaustividad (AP %1)</translation>
    </message>
    <message>
        <source>%1 (AP %2)</source>
        <translation>%1 (AP %2)</translation>
    </message>
    <message>
        <source>above every score</source>
        <translation>por encima de todas las puntuaciones</translation>
    </message>
    <message>
        <source>%1
Threshold: %2
Recall: %3
Precision: %4</source>
        <translation>%1
Umbral: %2
Exhaustividad: %3
Precisión: %4</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>Importancia</translation>
    </message>
    <message>
        <source>Test score lost when the column is shuffled</source>
        <translation>Puntuación de prueba perdida al barajar la columna</translation>
    </message>
    <message>
        <source>%1
Importance: %2</source>
        <translation>%1
Importancia: %2</translation>
    </message>
    <message>
        <source>target</source>
        <translation>objetivo</translation>
    </message>
    <message>
        <source>Actual %1</source>
        <translation>Valor real de %1</translation>
    </message>
    <message>
        <source>Predicted %1</source>
        <translation>Valor predicho de %1</translation>
    </message>
    <message>
        <source>Perfect prediction</source>
        <translation>Predicción perfecta</translation>
    </message>
    <message>
        <source>Rows (%1)</source>
        <translation>Filas (%1)</translation>
    </message>
    <message>
        <source>Actual: %1
Predicted: %2
Residual: %3</source>
        <translation>Real: %1
Predicho: %2
Residuo: %3</translation>
    </message>
    <message>
        <source>Residual: actual − predicted %1</source>
        <translation>Residuo de %1: real − predicho</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>Rows per residual range</source>
        <translation>Filas por intervalo de residuo</translation>
    </message>
    <message>
        <source>Residuals from %1 to %2
Rows: %3</source>
        <translation>Residuos de %1 a %2
Filas: %3</translation>
    </message>
    <message>
        <source>No error</source>
        <translation>Sin error</translation>
    </message>
</context>
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
    <message>
        <source>Winnow</source>
        <translation>Winnow</translation>
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
    <name>winnow::app::Workspace</name>
    <message>
        <source>Winnow could not open its job history: %1.

Winnow works on a temporary history until it is restarted: jobs you run now are not kept. The file was left as it was.</source>
        <translation>Winnow no pudo abrir su historial de trabajos: %1.

Winnow usará un historial temporal hasta que se reinicie: los trabajos que ejecutes ahora no se conservarán. El archivo se dejó tal como estaba.</translation>
    </message>
    <message>
        <source>Jobs cannot run on this computer: %1.</source>
        <translation>No se pueden ejecutar trabajos en este equipo: %1.</translation>
    </message>
    <message>
        <source>The job history could not be read: %1</source>
        <translation>No se pudo leer el historial de trabajos: %1</translation>
    </message>
    <message>
        <source>Working on a temporary job history: jobs you run now are not kept after Winnow closes.</source>
        <translation>Se está usando un historial de trabajos temporal: los trabajos que ejecutes ahora no se conservarán al cerrar Winnow.</translation>
    </message>
    <message>
        <source>No backend can run jobs: %1</source>
        <translation>Ningún backend puede ejecutar trabajos: %1</translation>
    </message>
    <message>
        <source>The chosen backend is gone.</source>
        <translation>El backend elegido ya no existe.</translation>
    </message>
    <message>
        <source>The job “%1” could not start</source>
        <translation>No se pudo iniciar el trabajo “%1”</translation>
    </message>
    <message>
        <source>“%1” could not be stopped</source>
        <translation>No se pudo detener “%1”</translation>
    </message>
    <message>
        <source>“%1” could not be cloned</source>
        <translation>No se pudo clonar “%1”</translation>
    </message>
    <message>
        <source>%1: its backend is not set up.</source>
        <translation>%1: su backend no está configurado.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <source>“%1” could not be deleted</source>
        <translation>No se pudo eliminar “%1”</translation>
    </message>
    <message>
        <source>“%1” could not be deleted: %2</source>
        <translation>No se pudo eliminar “%1”: %2</translation>
    </message>
    <message>
        <source>The results of “%1” cannot be downloaded: its backend is not set up.</source>
        <translation>No se pueden descargar los resultados de “%1”: su backend no está configurado.</translation>
    </message>
    <message>
        <source>“%1” can only predict where it was trained, and its backend does not predict here.</source>
        <translation>“%1” solo puede predecir donde se entrenó, y su backend no permite predecir aquí.</translation>
    </message>
    <message>
        <source>Jobs no longer run here.</source>
        <translation>Aquí ya no se ejecutan trabajos.</translation>
    </message>
    <message numerus="yes">
        <source>Compare %n Jobs</source>
        <translation>
            <numerusform>Comparar %n trabajo</numerusform>
            <numerusform>Comparar %n trabajos</numerusform>
        </translation>
    </message>
    <message>
        <source>Winnow uses the new data folder from its next start.</source>
        <translation>Winnow usará la nueva carpeta de datos a partir del próximo inicio.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>winnow::client::ApiKeyStore</name>
    <message>
        <source>no API key is stored for this backend</source>
        <translation>no hay ninguna clave de API guardada para este backend</translation>
    </message>
    <message>
        <source>the keychain could not delete it (%1)</source>
        <translation>el llavero no pudo eliminarla (%1)</translation>
    </message>
    <message>
        <source>access to the keychain was refused</source>
        <translation>se denegó el acceso al llavero</translation>
    </message>
    <message>
        <source>the keychain denied access (%1)</source>
        <translation>el llavero denegó el acceso (%1)</translation>
    </message>
    <message>
        <source>no keychain is available; start and unlock your desktop&apos;s keyring (GNOME Keyring or KWallet) and try again</source>
        <translation>no hay ningún llavero disponible; inicia y desbloquea el llavero de tu escritorio (GNOME Keyring o KWallet) y vuelve a intentarlo</translation>
    </message>
    <message>
        <source>this system has no keychain Winnow can use</source>
        <translation>este sistema no tiene ningún llavero que Winnow pueda usar</translation>
    </message>
    <message>
        <source>the keychain failed</source>
        <translation>el llavero falló</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>Could not read the API key</source>
        <translation>No se pudo leer la clave de API</translation>
    </message>
    <message>
        <source>Could not save the API key</source>
        <translation>No se pudo guardar la clave de API</translation>
    </message>
    <message>
        <source>Could not delete the API key</source>
        <translation>No se pudo eliminar la clave de API</translation>
    </message>
    <message>
        <source>Could not use the keychain: the backend has no id.</source>
        <translation>No se pudo usar el llavero: el backend no tiene identificador.</translation>
    </message>
</context>
<context>
    <name>winnow::client::BackendConfig</name>
    <message>
        <source>ML Hub (production)</source>
        <translation>ML Hub (producción)</translation>
    </message>
    <message>
        <source>ML Hub (staging)</source>
        <translation>ML Hub (preproducción)</translation>
    </message>
    <message>
        <source>Custom URL</source>
        <translation>URL personalizada</translation>
    </message>
    <message>
        <source>Give the backend a name.</source>
        <translation>Ponle un nombre al backend.</translation>
    </message>
    <message>
        <source>Enter the service&apos;s address, such as https://automl.example.com.</source>
        <translation>Escribe la dirección del servicio, por ejemplo https://automl.example.com.</translation>
    </message>
    <message>
        <source>The address is not a valid URL: %1</source>
        <translation>La dirección no es una URL válida: %1</translation>
    </message>
    <message>
        <source>The address must start with https:// or http://.</source>
        <translation>La dirección debe empezar por https:// o http://.</translation>
    </message>
    <message>
        <source>The address has no host name.</source>
        <translation>La dirección no tiene nombre de host.</translation>
    </message>
</context>
<context>
    <name>winnow::client::BackendConfigStore</name>
    <message>
        <source>Could not save the backends: %1 cannot be written.</source>
        <translation>No se pudieron guardar los backends: no se puede escribir en %1.</translation>
    </message>
    <message>
        <source>Could not save the backends: %1 is damaged.</source>
        <translation>No se pudieron guardar los backends: %1 está dañado.</translation>
    </message>
</context>
<context>
    <name>winnow::client::ConnectionTestJob</name>
    <message>
        <source>%1 answered, but not with an ML Hub list of jobs; is this the address of an ML Hub AutoML service?</source>
        <translation>%1 respondió, pero no con una lista de trabajos de ML Hub; ¿es esta la dirección de un servicio AutoML de ML Hub?</translation>
    </message>
</context>
<context>
    <name>winnow::client::NetworkJob</name>
    <message>
        <source>The request could not be sent.</source>
        <translation>No se pudo enviar la solicitud.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds.</source>
        <translation>%1 no respondió en %2 segundos.</translation>
    </message>
    <message>
        <source>%1 refused the API key (%2).</source>
        <translation>%1 rechazó la clave de API (%2).</translation>
    </message>
    <message>
        <source>%1 has no ML Hub AutoML service at %2 (%3).</source>
        <translation>%1 no tiene ningún servicio AutoML de ML Hub en %2 (%3).</translation>
    </message>
    <message>
        <source>%1 is receiving too many requests; try again later (%2).</source>
        <translation>%1 está recibiendo demasiadas solicitudes; vuelve a intentarlo más tarde (%2).</translation>
    </message>
    <message>
        <source>%1 redirected the request to another server (%2); Winnow follows redirects only within the same server.</source>
        <translation>%1 redirigió la solicitud a otro servidor (%2); Winnow solo sigue redirecciones dentro del mismo servidor.</translation>
    </message>
    <message>
        <source>%1 had a problem answering (%2).</source>
        <translation>%1 tuvo un problema al responder (%2).</translation>
    </message>
    <message>
        <source>%1 answered %2.</source>
        <translation>%1 respondió %2.</translation>
    </message>
    <message>
        <source>The service said: “%1”</source>
        <translation>El servicio respondió: “%1”</translation>
    </message>
    <message>
        <source>Could not connect to %1: the connection was refused. Is the service running, and is the address right?</source>
        <translation>No se pudo conectar con %1: se rechazó la conexión. ¿Está en marcha el servicio y es correcta la dirección?</translation>
    </message>
    <message>
        <source>Could not find the server %1. Check the address and your network connection.</source>
        <translation>No se encontró el servidor %1. Comprueba la dirección y tu conexión de red.</translation>
    </message>
    <message>
        <source>%1 closed the connection before answering.</source>
        <translation>%1 cerró la conexión antes de responder.</translation>
    </message>
    <message>
        <source>Could not open a secure connection to %1: %2</source>
        <translation>No se pudo abrir una conexión segura con %1: %2</translation>
    </message>
    <message>
        <source>The network is not available.</source>
        <translation>La red no está disponible.</translation>
    </message>
    <message>
        <source>%1 redirected the request elsewhere; Winnow follows redirects only within the same server.</source>
        <translation>%1 redirigió la solicitud a otro lugar; Winnow solo sigue redirecciones dentro del mismo servidor.</translation>
    </message>
    <message>
        <source>%1 is not an http:// or https:// address.</source>
        <translation>%1 no es una dirección http:// ni https://.</translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation>No se pudo acceder a %1: %2</translation>
    </message>
</context>
<context>
    <name>winnow::jobs::JobOperation</name>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
</context>
<context>
    <name>winnow::jobs::LocalBackend</name>
    <message>
        <source>This computer</source>
        <translation>Este equipo</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
</context>
<context>
    <name>winnow::models</name>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En ejecución</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Finalizado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenido</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrumpido</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Clasificación</translation>
    </message>
    <message>
        <source>Regression</source>
        <translation>Regresión</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Hoy, %1</translation>
    </message>
    <message>
        <source>Yesterday, %1</source>
        <translation>Ayer, %1</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>winnow::models::BackendConfigListModel</name>
    <message>
        <source>Unnamed backend</source>
        <translation>Backend sin nombre</translation>
    </message>
</context>
<context>
    <name>winnow::models::BackendListModel</name>
    <message>
        <source>All jobs</source>
        <translation>Todos los trabajos</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s)</source>
        <translation>
            <numerusform>%n trabajo</numerusform>
            <numerusform>%n trabajos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n en ejecución</numerusform>
            <numerusform>%n en ejecución</numerusform>
        </translation>
    </message>
    <message>
        <source>This service is no longer set up; its past jobs remain.</source>
        <translation>Este servicio ya no está configurado; sus trabajos anteriores se conservan.</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n job(s)</source>
        <translation>
            <numerusform>%1, %n trabajo</numerusform>
            <numerusform>%1, %n trabajos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>winnow::models::BackendRegistry</name>
    <message>
        <source>This computer</source>
        <translation>Este equipo</translation>
    </message>
</context>
<context>
    <name>winnow::models::CandidateListModel</name>
    <message>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Tiempo agotado</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>The best candidate: its pipeline became the model.</source>
        <translation>El mejor candidato: su pipeline se convirtió en el modelo.</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Posición</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algoritmo</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Fit time</source>
        <translation>Tiempo de ajuste</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Cross-validated score in the job&apos;s scoring; smaller is better.</source>
        <translation>Puntuación de validación cruzada en la métrica del trabajo; cuanto menor, mejor.</translation>
    </message>
    <message>
        <source>Cross-validated score in the job&apos;s scoring; larger is better.</source>
        <translation>Puntuación de validación cruzada en la métrica del trabajo; cuanto mayor, mejor.</translation>
    </message>
    <message>
        <source>Time spent scoring the candidate on every fold.</source>
        <translation>Tiempo dedicado a evaluar el candidato en todos los pliegues.</translation>
    </message>
</context>
<context>
    <name>winnow::models::ColumnProfile</name>
    <message>
        <source>Numeric</source>
        <translation>Numérico</translation>
    </message>
    <message>
        <source>True/false</source>
        <translation>Verdadero/falso</translation>
    </message>
    <message>
        <source>Categorical</source>
        <translation>Categórico</translation>
    </message>
    <message>
        <source>Date/time</source>
        <translation>Fecha/hora</translation>
    </message>
</context>
<context>
    <name>winnow::models::ColumnProfileModel</name>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Date filter</source>
        <translation>Filtro de fecha</translation>
    </message>
    <message>
        <source>%1 is the target: it is what the job predicts, never a feature</source>
        <translation>%1 es el objetivo: es lo que predice el trabajo, nunca una variable</translation>
    </message>
    <message>
        <source>%1 is the id column: it names rows, never a feature</source>
        <translation>%1 es la columna de ID: identifica las filas, nunca es una variable</translation>
    </message>
    <message>
        <source>%1 is considered as a feature</source>
        <translation>%1 se considera como variable</translation>
    </message>
    <message>
        <source>%1 is left out</source>
        <translation>%1 queda excluida</translation>
    </message>
    <message>
        <source>Chosen: %1 (the engine would read %2)</source>
        <translation>Elegido: %1 (el motor leería %2)</translation>
    </message>
    <message>
        <source>As the engine reads it; double-click to choose another type</source>
        <translation>Tal como lo lee el motor; haz doble clic para elegir otro tipo</translation>
    </message>
    <message>
        <source>Every sampled row has its own value</source>
        <translation>Cada fila de la muestra tiene un valor propio</translation>
    </message>
    <message>
        <source>The same value in every sampled row</source>
        <translation>El mismo valor en todas las filas de la muestra</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 of %2 sampled rows have no value</source>
        <translation>%1 de %2 filas de la muestra no tienen valor</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Distinct</source>
        <translation>Distintos</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Faltantes</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Ejemplos</translation>
    </message>
    <message>
        <source>Checked columns are the features the job considers</source>
        <translation>Las columnas marcadas son las variables que considera el trabajo</translation>
    </message>
    <message>
        <source>How the engine reads the column; double-click to change</source>
        <translation>Cómo lee el motor la columna; haz doble clic para cambiarlo</translation>
    </message>
    <message>
        <source>Distinct values in the sampled rows</source>
        <translation>Valores distintos en las filas de la muestra</translation>
    </message>
    <message>
        <source>Share of sampled rows without a value</source>
        <translation>Proporción de filas de la muestra sin valor</translation>
    </message>
</context>
<context>
    <name>winnow::models::CsvPreviewModel</name>
    <message>
        <source>not enough memory to read the file</source>
        <translation>no hay memoria suficiente para leer el archivo</translation>
    </message>
    <message>
        <source>%1: %2, as chosen</source>
        <translation>%1: %2, según lo elegido</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, as the engine reads the first %Ln row(s)</source>
        <translation>
            <numerusform>%1: %2, tal como lo lee el motor en %Ln fila inicial</numerusform>
            <numerusform>%1: %2, tal como lo lee el motor en las %Ln filas iniciales</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>winnow::models::CsvProblem</name>
    <message>
        <source>%1, line %2, column %3: %4</source>
        <translation>%1, línea %2, columna %3: %4</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, línea %2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>winnow::models::JobListModel</name>
    <message>
        <source>%1, %2, %3 percent</source>
        <translation>%1, %2, %3 por ciento</translation>
    </message>
    <message>
        <source>Data: %1</source>
        <translation>Datos: %1</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>Objetivo: %1</translation>
    </message>
    <message>
        <source>%1 — %2 %</source>
        <translation>%1 — %2 %</translation>
    </message>
    <message>
        <source>%1 — %2, %3 %</source>
        <translation>%1 — %2, %3 %</translation>
    </message>
    <message>
        <source>Elapsed: %1</source>
        <translation>Transcurrido: %1</translation>
    </message>
    <message>
        <source>Time left: about %1</source>
        <translation>Tiempo restante: aproximadamente %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No score yet</source>
        <translation>Aún sin puntuación</translation>
    </message>
    <message>
        <source>Best %1: %2</source>
        <translation>Mejor %1: %2</translation>
    </message>
    <message>
        <source>%1, job %2</source>
        <translation>%1, trabajo %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation>Métrica</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Best Score</source>
        <translation>Mejor puntuación</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Backend</translation>
    </message>
    <message>
        <source>The table the job trains on</source>
        <translation>La tabla con la que entrena el trabajo</translation>
    </message>
    <message>
        <source>The column the models predict</source>
        <translation>La columna que predicen los modelos</translation>
    </message>
    <message>
        <source>The best model&apos;s score, in the job&apos;s scoring</source>
        <translation>La puntuación del mejor modelo, en la métrica del trabajo</translation>
    </message>
    <message>
        <source>How long the job ran, or has been running</source>
        <translation>Cuánto tiempo se ejecutó el trabajo, o cuánto lleva ejecutándose</translation>
    </message>
    <message>
        <source>Where the job runs</source>
        <translation>Dónde se ejecuta el trabajo</translation>
    </message>
</context>
<context>
    <name>winnow::models::JobMetricsComparisonModel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>no medido</translation>
    </message>
    <message>
        <source>not defined</source>
        <translation>no definido</translation>
    </message>
    <message>
        <source>%1, best</source>
        <translation>%1, el mejor</translation>
    </message>
    <message>
        <source>The smallest error of the jobs compared.</source>
        <translation>El menor error de los trabajos comparados.</translation>
    </message>
    <message>
        <source>The best value of the jobs compared.</source>
        <translation>El mejor valor de los trabajos comparados.</translation>
    </message>
    <message>
        <source>Metric (test split)</source>
        <translation>Métrica (partición de prueba)</translation>
    </message>
    <message>
        <source>%1
%2, target %3</source>
        <translation>%1
%2, objetivo %3</translation>
    </message>
</context>
<context>
    <name>winnow::models::JobMetricsConfusionModel</name>
    <message>
        <source>%1 of %2 rows of class %3 predicted as %4 (%5 %)</source>
        <translation>%1 de %2 filas de la clase %3 predichas como %4 (%5 %)</translation>
    </message>
    <message>
        <source>True class %1</source>
        <translation>Clase real %1</translation>
    </message>
    <message>
        <source>Predicted class %1</source>
        <translation>Clase predicha %1</translation>
    </message>
</context>
<context>
    <name>winnow::models::JobMetricsFeatureModel</name>
    <message>
        <source>Numeric</source>
        <translation>Numérico</translation>
    </message>
    <message>
        <source>Boolean</source>
        <translation>Booleano</translation>
    </message>
    <message>
        <source>Categorical</source>
        <translation>Categórico</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Row id</source>
        <translation>ID de fila</translation>
    </message>
    <message>
        <source>Dropped: constant or empty</source>
        <translation>Descartada: constante o vacía</translation>
    </message>
    <message>
        <source>Not used</source>
        <translation>No usada</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The test score lost when this column&apos;s values are shuffled.</source>
        <translation>La puntuación de prueba que se pierde al barajar los valores de esta columna.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Uso</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>Importancia</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Faltantes</translation>
    </message>
    <message>
        <source>Distinct</source>
        <translation>Distintos</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Mín.</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Máx.</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Std. dev.</source>
        <translation>Desv. est.</translation>
    </message>
    <message>
        <source>Most frequent values</source>
        <translation>Valores más frecuentes</translation>
    </message>
</context>
<context>
    <name>winnow::models::JobMetricsTableModel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Not defined on this split: it holds rows of a single class.</source>
        <translation>No definido en esta partición: solo contiene filas de una clase.</translation>
    </message>
    <message>
        <source>not defined</source>
        <translation>no definido</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Métrica</translation>
    </message>
    <message>
        <source>Test (%1 rows)</source>
        <translation>Prueba (%1 filas)</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <source>Train (%1 rows)</source>
        <translation>Entrenamiento (%1 filas)</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Entrenamiento</translation>
    </message>
    <message>
        <source>Rows held out from training and from the search.</source>
        <translation>Filas apartadas del entrenamiento y de la búsqueda.</translation>
    </message>
    <message>
        <source>Rows the final model was fitted on. Much better numbers here than on the test split suggest over-fitting.</source>
        <translation>Filas con las que se ajustó el modelo final. Si aquí los valores son mucho mejores que en la partición de prueba, es probable que haya sobreajuste.</translation>
    </message>
</context>
<context>
    <name>winnow::ui</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
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
    <name>winnow::ui::BackendSidebar</name>
    <message>
        <source>Backends</source>
        <translation>Backends</translation>
    </message>
</context>
<context>
    <name>winnow::ui::BackendsSettingsPage</name>
    <message>
        <source>Winnow can run jobs on ML Hub or on a Winnow server as well as on this computer. API keys are kept in the system keychain, never in Winnow&apos;s settings file.</source>
        <translation>Además de en este equipo, Winnow puede ejecutar trabajos en ML Hub o en un servidor Winnow. Las claves de API se guardan en el llavero del sistema, nunca en el archivo de configuración de Winnow.</translation>
    </message>
    <message>
        <source>Remote backends</source>
        <translation>Backends remotos</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add a remote backend</source>
        <translation>Añade un backend remoto</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the selected backend and delete its API key</source>
        <translation>Quita el backend seleccionado y elimina su clave de API</translation>
    </message>
    <message>
        <source>No remote backends yet.
Add one to run jobs on ML Hub or on a Winnow server.</source>
        <translation>Todavía no hay backends remotos.
Añade uno para ejecutar trabajos en ML Hub o en un servidor Winnow.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clave de API:</translation>
    </message>
    <message>
        <source>A name to recognise it by</source>
        <translation>Un nombre para reconocerlo</translation>
    </message>
    <message>
        <source>Backend name</source>
        <translation>Nombre del backend</translation>
    </message>
    <message>
        <source>Backend kind</source>
        <translation>Tipo de backend</translation>
    </message>
    <message>
        <source>ML Hub&apos;s production or staging service, or another service that speaks the ML Hub AutoML API, such as a Winnow server</source>
        <translation>El servicio de producción o de preproducción de ML Hub, u otro servicio compatible con la API AutoML de ML Hub, como un servidor Winnow</translation>
    </message>
    <message>
        <source>Backend URL</source>
        <translation>URL del backend</translation>
    </message>
    <message>
        <source>https://automl.example.com</source>
        <translation>https://automl.example.com</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>Stored in the system keychain. Leave empty to use no key.</source>
        <translation>Se guarda en el llavero del sistema. Déjala vacía para no usar ninguna clave.</translation>
    </message>
    <message>
        <source>List the service&apos;s jobs with this URL and key</source>
        <translation>Lista los trabajos del servicio con esta URL y esta clave</translation>
    </message>
    <message>
        <source>ML Hub</source>
        <translation>ML Hub</translation>
    </message>
    <message>
        <source>Reading from the keychain…</source>
        <translation>Leyendo del llavero…</translation>
    </message>
    <message>
        <source>No API key</source>
        <translation>Sin clave de API</translation>
    </message>
    <message>
        <source>The service&apos;s address, e.g. http://server:8080 for a Winnow server</source>
        <translation>La dirección del servicio, p. ej., http://server:8080 para un servidor Winnow</translation>
    </message>
    <message>
        <source>The address of this ML Hub environment</source>
        <translation>La dirección de este entorno de ML Hub</translation>
    </message>
    <message>
        <source>Cancel Test</source>
        <translation>Cancelar prueba</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Probar conexión</translation>
    </message>
    <message>
        <source>Hide API key</source>
        <translation>Ocultar la clave de API</translation>
    </message>
    <message>
        <source>Show API key</source>
        <translation>Mostrar la clave de API</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <source>Connection test cancelled.</source>
        <translation>Prueba de conexión cancelada.</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n job(s) on the service.</source>
        <translation>
            <numerusform>Conectado: %n trabajo en el servicio.</numerusform>
            <numerusform>Conectado: %n trabajos en el servicio.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>“%1”: %2</translation>
    </message>
</context>
<context>
    <name>winnow::ui::ColumnTypeDelegate</name>
    <message>
        <source>Type of %1</source>
        <translation>Tipo de %1</translation>
    </message>
</context>
<context>
    <name>winnow::ui::CompareView</name>
    <message>
        <source>Job comparison</source>
        <translation>Comparación de trabajos</translation>
    </message>
    <message>
        <source>Metrics of the compared jobs</source>
        <translation>Métricas de los trabajos comparados</translation>
    </message>
    <message>
        <source>ROC curves compared</source>
        <translation>Comparación de curvas ROC</translation>
    </message>
    <message>
        <source>Choose two or more finished jobs to compare them.</source>
        <translation>Elige dos o más trabajos finalizados para compararlos.</translation>
    </message>
    <message>
        <source>no job store</source>
        <translation>no hay almacén de trabajos</translation>
    </message>
    <message>
        <source>it no longer exists</source>
        <translation>ya no existe</translation>
    </message>
    <message>
        <source>it has not finished</source>
        <translation>no ha finalizado</translation>
    </message>
    <message>
        <source>its results are not on this computer</source>
        <translation>sus resultados no están en este equipo</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Reading the results…</source>
        <translation>Leyendo los resultados…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not compared: %1</source>
        <translation>No comparados: %1</translation>
    </message>
    <message>
        <source>undefined</source>
        <translation>sin definir</translation>
    </message>
    <message>
        <source>%1 (AUC %2)</source>
        <translation>%1 (AUC %2)</translation>
    </message>
    <message>
        <source>ROC curves are overlaid for binary classifications; none of these jobs is one.</source>
        <translation>Las curvas ROC se superponen en las clasificaciones binarias; ninguno de estos trabajos lo es.</translation>
    </message>
    <message>
        <source>ROC curves — test split</source>
        <translation>Curvas ROC — partición de prueba</translation>
    </message>
</context>
<context>
    <name>winnow::ui::ConfusionMatrixHeatMap</name>
    <message>
        <source>Confusion matrix heat map</source>
        <translation>Mapa de calor de la matriz de confusión</translation>
    </message>
    <message>
        <source>True class %1, predicted %1: %2 of %3 rows (%4 %), correct</source>
        <translation>Clase real %1, predicha %1: %2 de %3 filas (%4 %), correctas</translation>
    </message>
    <message>
        <source>True class %1, predicted %2: %3 of %4 rows (%5 %), wrong</source>
        <translation>Clase real %1, predicha %2: %3 de %4 filas (%5 %), incorrectas</translation>
    </message>
    <message>
        <source>No confusion matrix</source>
        <translation>Sin matriz de confusión</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 filas</translation>
    </message>
    <message>
        <source>Predicted class</source>
        <translation>Clase predicha</translation>
    </message>
    <message>
        <source>True class</source>
        <translation>Clase real</translation>
    </message>
</context>
<context>
    <name>winnow::ui::ConfusionMatrixTab</name>
    <message>
        <source>&amp;Normalise by true class</source>
        <translation>Normali&amp;zar por clase real</translation>
    </message>
    <message>
        <source>Show each true class&apos;s rows as shares adding up to 100 %, so rare classes stand out as clearly as common ones</source>
        <translation>Muestra las filas de cada clase real como proporciones que suman 100 %, para que las clases poco frecuentes destaquen tanto como las comunes</translation>
    </message>
    <message>
        <source>Show as &amp;table</source>
        <translation>Mostrar c&amp;omo tabla</translation>
    </message>
    <message>
        <source>Show the numbers in a table, which screen readers and copying handle best</source>
        <translation>Muestra los números en una tabla, el formato que mejor manejan los lectores de pantalla y la copia</translation>
    </message>
    <message>
        <source>Ro&amp;ws:</source>
        <translation>&amp;Filas:</translation>
    </message>
    <message>
        <source>Confusion matrix table</source>
        <translation>Tabla de la matriz de confusión</translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation>Matriz de confusión</translation>
    </message>
    <message>
        <source>metadata.json has no confusion matrix for this split.</source>
        <translation>metadata.json no tiene matriz de confusión para esta partición.</translation>
    </message>
    <message>
        <source>test split</source>
        <translation>partición de prueba</translation>
    </message>
    <message>
        <source>train split</source>
        <translation>partición de entrenamiento</translation>
    </message>
    <message>
        <source>Confusion matrix on the %1: %2 of %3 rows predicted correctly</source>
        <translation>Matriz de confusión en la %1: %2 de %3 filas predichas correctamente</translation>
    </message>
</context>
<context>
    <name>winnow::ui::CopyableTableView</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy &amp;All</source>
        <translation>Copiar &amp;todo</translation>
    </message>
</context>
<context>
    <name>winnow::ui::DownloadArtifactsDialog</name>
    <message>
        <source>This job&apos;s backend cannot download results.</source>
        <translation>El backend de este trabajo no puede descargar resultados.</translation>
    </message>
    <message>
        <source>Download Results</source>
        <translation>Descargar resultados</translation>
    </message>
    <message>
        <source>Download the results of “%1”</source>
        <translation>Descargar los resultados de “%1”</translation>
    </message>
    <message>
        <source>The model, its metadata and the job&apos;s other result files are saved into the folder you choose. Winnow creates the folder if it does not exist.</source>
        <translation>El modelo, sus metadatos y los demás archivos de resultados del trabajo se guardan en la carpeta que elijas. Winnow crea la carpeta si no existe.</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Carpeta:</translation>
    </message>
    <message>
        <source>Folder to download into</source>
        <translation>Carpeta en la que descargar</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation>Elige la carpeta</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>&amp;Descargar</translation>
    </message>
    <message>
        <source>&amp;Open Folder</source>
        <translation>&amp;Abrir carpeta</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Progreso de la descarga</translation>
    </message>
    <message>
        <source>Download Into</source>
        <translation>Descargar en</translation>
    </message>
    <message>
        <source>Enter a folder.</source>
        <translation>Indica una carpeta.</translation>
    </message>
    <message>
        <source>Enter a full path, or choose the folder with Browse…</source>
        <translation>Escribe una ruta completa o elige la carpeta con Examinar…</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 es un archivo, no una carpeta.</translation>
    </message>
    <message>
        <source>The folder is not empty; files with the same names are replaced.</source>
        <translation>La carpeta no está vacía; se reemplazarán los archivos con el mismo nombre.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Ce&amp;rrar</translation>
    </message>
    <message>
        <source>&amp;Cancel Download</source>
        <translation>Ca&amp;ncelar descarga</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Ca&amp;ncelar</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1 received</source>
        <translation>%1 recibidos</translation>
    </message>
    <message>
        <source>The results of “%1” are in %2.</source>
        <translation>Los resultados de “%1” están en %2.</translation>
    </message>
    <message>
        <source>Download cancelled. Files already saved in %1 were kept.</source>
        <translation>Descarga cancelada. Se conservaron los archivos ya guardados en %1.</translation>
    </message>
    <message>
        <source>The download failed: %1</source>
        <translation>La descarga falló: %1</translation>
    </message>
</context>
<context>
    <name>winnow::ui::DurationSpinBox</name>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>winnow::ui::ExportReportDialog</name>
    <message>
        <source>Select one or more jobs first.</source>
        <translation>Primero selecciona uno o más trabajos.</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <source>Export a report of “%1”</source>
        <translation>Exportar un informe de “%1”</translation>
    </message>
    <message numerus="yes">
        <source>Export a report comparing %n job(s)</source>
        <translation>
            <numerusform>Exportar un informe que compara %n trabajo</numerusform>
            <numerusform>Exportar un informe que compara %n trabajos</numerusform>
        </translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>&amp;PDF document</source>
        <translation>Documento &amp;PDF</translation>
    </message>
    <message>
        <source>A printable report: the summary, metrics, confusion matrix, ROC curve, features and pipeline.</source>
        <translation>Un informe imprimible: el resumen, las métricas, la matriz de confusión, la curva ROC, las variables y el pipeline.</translation>
    </message>
    <message>
        <source>&amp;Web page (HTML)</source>
        <translation>Página &amp;web (HTML)</translation>
    </message>
    <message>
        <source>The same report as one self-contained file that opens in any browser, even offline.</source>
        <translation>El mismo informe en un único archivo autónomo que se abre en cualquier navegador, incluso sin conexión.</translation>
    </message>
    <message>
        <source>&amp;Metrics table (CSV)</source>
        <translation>Tabla de &amp;métricas (CSV)</translation>
    </message>
    <message>
        <source>The test and train metrics, one row per job and split, for spreadsheets and scripts.</source>
        <translation>Las métricas de prueba y de entrenamiento, una fila por trabajo y partición, para hojas de cálculo y scripts.</translation>
    </message>
    <message>
        <source>Save &amp;as</source>
        <translation>&amp;Guardar como</translation>
    </message>
    <message>
        <source>File to save the report as</source>
        <translation>Archivo en el que guardar el informe</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Choose where to save the report</source>
        <translation>Elige dónde guardar el informe</translation>
    </message>
    <message>
        <source>&amp;Open the report when it is saved</source>
        <translation>&amp;Abrir el informe al guardarlo</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Web pages (*.html *.htm)</source>
        <translation>Páginas web (*.html *.htm)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save Report As</source>
        <translation>Guardar informe como</translation>
    </message>
    <message>
        <source>Enter a file name.</source>
        <translation>Indica un nombre de archivo.</translation>
    </message>
    <message>
        <source>Enter a full path, or choose the file with Browse…</source>
        <translation>Escribe una ruta completa o elige el archivo con Examinar…</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>La carpeta %1 no existe.</translation>
    </message>
    <message>
        <source>This is a folder; add a file name.</source>
        <translation>Es una carpeta; añade un nombre de archivo.</translation>
    </message>
    <message>
        <source>A file with this name exists; exporting replaces it.</source>
        <translation>Ya existe un archivo con este nombre; al exportar se reemplazará.</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Escribiendo el informe…</translation>
    </message>
    <message>
        <source>Report saved to %1.</source>
        <translation>Informe guardado en %1.</translation>
    </message>
    <message>
        <source>No results to report for: %1.</source>
        <translation>No hay resultados para el informe de: %1.</translation>
    </message>
</context>
<context>
    <name>winnow::ui::FeaturesTab</name>
    <message>
        <source>Show &amp;all columns</source>
        <translation>Mostrar t&amp;odas las columnas</translation>
    </message>
    <message>
        <source>Also list the target, the row id and the columns left out, with the reason</source>
        <translation>Incluye también el objetivo, el ID de fila y las columnas excluidas, con el motivo</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Variables</translation>
    </message>
    <message numerus="yes">
        <source>The model reads %n column(s).</source>
        <translation>
            <numerusform>El modelo lee %n columna.</numerusform>
            <numerusform>El modelo lee %n columnas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importance: the test score lost when a column&apos;s values are shuffled among the rows.</source>
        <translation>Importancia: la puntuación de prueba que se pierde al barajar los valores de una columna entre las filas.</translation>
    </message>
    <message>
        <source>This model reports no feature importance.</source>
        <translation>Este modelo no informa de la importancia de las variables.</translation>
    </message>
    <message>
        <source>Left out as constant or empty: %1.</source>
        <translation>Excluidas por ser constantes o estar vacías: %1.</translation>
    </message>
</context>
<context>
    <name>winnow::ui::GeneralSettingsPage</name>
    <message>
        <source>Remote jobs</source>
        <translation>Trabajos remotos</translation>
    </message>
    <message>
        <source>&amp;Refresh every:</source>
        <translation>&amp;Actualizar cada:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How often Winnow asks remote backends how their jobs are doing</source>
        <translation>Con qué frecuencia consulta Winnow a los backends remotos el estado de sus trabajos</translation>
    </message>
    <message>
        <source>New job defaults</source>
        <translation>Valores predeterminados de los trabajos nuevos</translation>
    </message>
    <message>
        <source>&amp;Generations:</source>
        <translation>&amp;Generaciones:</translation>
    </message>
    <message>
        <source>Generations of the genetic search</source>
        <translation>Generaciones de la búsqueda genética</translation>
    </message>
    <message>
        <source>&amp;Population size:</source>
        <translation>Tamaño de la &amp;población:</translation>
    </message>
    <message>
        <source>Candidate pipelines in each generation</source>
        <translation>Pipelines candidatos en cada generación</translation>
    </message>
    <message>
        <source>&amp;Time budget:</source>
        <translation>&amp;Límite de tiempo:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>The most a whole job may take, final model included</source>
        <translation>El tiempo máximo que puede durar un trabajo completo, incluido el modelo final</translation>
    </message>
    <message>
        <source>Random &amp;seed:</source>
        <translation>&amp;Semilla aleatoria:</translation>
    </message>
    <message>
        <source>The same seed repeats the same splits and search</source>
        <translation>La misma semilla repite las mismas particiones y la misma búsqueda</translation>
    </message>
    <message>
        <source>Test &amp;rows:</source>
        <translation>Filas de p&amp;rueba:</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Share of the rows held out to measure the final model</source>
        <translation>Proporción de filas que se apartan para evaluar el modelo final</translation>
    </message>
    <message>
        <source>&amp;Balance classes</source>
        <translation>&amp;Equilibrar clases</translation>
    </message>
    <message>
        <source>Rebalance the classes of the training rows of a classification job</source>
        <translation>Reequilibra las clases de las filas de entrenamiento en un trabajo de clasificación</translation>
    </message>
    <message>
        <source>Restore &amp;Defaults</source>
        <translation>Restablecer valores pre&amp;determinados</translation>
    </message>
    <message>
        <source>Put back the engine&apos;s own defaults</source>
        <translation>Restablece los valores predeterminados del motor</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Almacenamiento</translation>
    </message>
    <message>
        <source>&amp;Data folder:</source>
        <translation>Carpeta de da&amp;tos:</translation>
    </message>
    <message>
        <source>Where Winnow keeps its job history and each job&apos;s results. Leave empty for the default folder.</source>
        <translation>Dónde guarda Winnow su historial de trabajos y los resultados de cada trabajo. Déjalo vacío para usar la carpeta predeterminada.</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>Choose the data folder</source>
        <translation>Elige la carpeta de datos</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>Winnow switches to the new language as soon as you apply it</source>
        <translation>Winnow cambia al nuevo idioma en cuanto lo aplicas</translation>
    </message>
    <message>
        <source>The data folder must be a full path, such as %1.</source>
        <translation>La carpeta de datos debe ser una ruta completa, como %1.</translation>
    </message>
    <message>
        <source>The data folder %1 is a file.</source>
        <translation>La carpeta de datos %1 es un archivo.</translation>
    </message>
    <message>
        <source>Choose the Data Folder</source>
        <translation>Elegir la carpeta de datos</translation>
    </message>
    <message>
        <source>Winnow will use this folder after it restarts. Jobs already in %1 stay there.</source>
        <translation>Winnow usará esta carpeta cuando se reinicie. Los trabajos que ya están en %1 se quedan allí.</translation>
    </message>
</context>
<context>
    <name>winnow::ui::JobActionController</name>
    <message>
        <source>Delete Jobs</source>
        <translation>Eliminar trabajos</translation>
    </message>
    <message>
        <source>Delete the job “%1”?</source>
        <translation>¿Eliminar el trabajo “%1”?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n jobs?</source>
        <translation>
            <numerusform>¿Eliminar %n trabajo?</numerusform>
            <numerusform>¿Eliminar %n trabajos?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Its results and models are deleted too. This cannot be undone.</source>
        <translation>También se eliminarán sus resultados y modelos. Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>Their results and models are deleted too. This cannot be undone.</source>
        <translation>También se eliminarán sus resultados y modelos. Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>Running jobs are stopped first. </source>
        <translation>Los trabajos en ejecución se detendrán antes. </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
</context>
<context>
    <name>winnow::ui::JobDetailsPanel</name>
    <message>
        <source>ROC curves are for classifications; this model is a regression.</source>
        <translation>Las curvas ROC son para clasificaciones; este modelo es una regresión.</translation>
    </message>
    <message>
        <source>No ROC curve: this split holds rows of a single class.</source>
        <translation>Sin curva ROC: esta partición solo contiene filas de una clase.</translation>
    </message>
    <message>
        <source>The KS curve is for binary classifications.</source>
        <translation>La curva KS es para clasificaciones binarias.</translation>
    </message>
    <message>
        <source>No KS curve: this split holds rows of a single class.</source>
        <translation>Sin curva KS: esta partición solo contiene filas de una clase.</translation>
    </message>
    <message>
        <source>Precision–recall curves are for classifications.</source>
        <translation>Las curvas de precisión–exhaustividad son para clasificaciones.</translation>
    </message>
    <message>
        <source>No precision–recall curve: this split has no positive rows.</source>
        <translation>Sin curva de precisión–exhaustividad: esta partición no tiene filas positivas.</translation>
    </message>
    <message>
        <source>This model reports no feature importance.</source>
        <translation>Este modelo no informa de la importancia de las variables.</translation>
    </message>
    <message>
        <source>Residuals are for regressions; this model is a classification.</source>
        <translation>Los residuos son para regresiones; este modelo es una clasificación.</translation>
    </message>
    <message>
        <source>metadata.json holds no residuals for this split.</source>
        <translation>metadata.json no contiene residuos para esta partición.</translation>
    </message>
    <message>
        <source>Job details</source>
        <translation>Detalles del trabajo</translation>
    </message>
    <message>
        <source>ROC curve</source>
        <translation>Curva ROC</translation>
    </message>
    <message>
        <source>KS curve</source>
        <translation>Curva KS</translation>
    </message>
    <message>
        <source>Precision–recall curve</source>
        <translation>Curva de precisión–exhaustividad</translation>
    </message>
    <message>
        <source>Feature importance, measured on the test split</source>
        <translation>Importancia de las variables, medida en la partición de prueba</translation>
    </message>
    <message>
        <source>Feature importance</source>
        <translation>Importancia de las variables</translation>
    </message>
    <message>
        <source>Residuals</source>
        <translation>Residuos</translation>
    </message>
    <message>
        <source>Predicted against actual</source>
        <translation>Predicho frente a real</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>Resume&amp;n</translation>
    </message>
    <message>
        <source>&amp;Metrics</source>
        <translation>&amp;Métricas</translation>
    </message>
    <message>
        <source>&amp;Confusion Matrix</source>
        <translation>Matriz de &amp;confusión</translation>
    </message>
    <message>
        <source>&amp;ROC</source>
        <translation>&amp;ROC</translation>
    </message>
    <message>
        <source>&amp;KS</source>
        <translation>&amp;KS</translation>
    </message>
    <message>
        <source>&amp;Precision–Recall</source>
        <translation>&amp;Precisión–exhaustividad</translation>
    </message>
    <message>
        <source>&amp;Importance</source>
        <translation>&amp;Importancia</translation>
    </message>
    <message>
        <source>Resi&amp;duals</source>
        <translation>Resi&amp;duos</translation>
    </message>
    <message>
        <source>&amp;Leaderboard</source>
        <translation>C&amp;lasificación de candidatos</translation>
    </message>
    <message>
        <source>Pipelin&amp;e</source>
        <translation>Pipelin&amp;e</translation>
    </message>
    <message>
        <source>Feat&amp;ures</source>
        <translation>Varia&amp;bles</translation>
    </message>
    <message>
        <source>Lo&amp;g</source>
        <translation>Re&amp;gistro</translation>
    </message>
    <message>
        <source>Status, timeline, data and spec of the job</source>
        <translation>Estado, cronología, datos y especificación del trabajo</translation>
    </message>
    <message>
        <source>Every metric on the test and train rows</source>
        <translation>Todas las métricas en las filas de prueba y de entrenamiento</translation>
    </message>
    <message>
        <source>Which classes the model confuses</source>
        <translation>Qué clases confunde el modelo</translation>
    </message>
    <message>
        <source>Receiver operating characteristic: true against false positives</source>
        <translation>Característica operativa del receptor: verdaderos positivos frente a falsos positivos</translation>
    </message>
    <message>
        <source>How far apart the model scores positives and negatives</source>
        <translation>Cuánto separa el modelo las puntuaciones de positivos y negativos</translation>
    </message>
    <message>
        <source>Precision against recall over every threshold</source>
        <translation>Precisión frente a exhaustividad en todos los umbrales</translation>
    </message>
    <message>
        <source>How much each column matters to the model</source>
        <translation>Cuánto importa cada columna al modelo</translation>
    </message>
    <message>
        <source>How far predictions are from the truth</source>
        <translation>Cuánto se alejan las predicciones de los valores reales</translation>
    </message>
    <message>
        <source>Every pipeline the search evaluated</source>
        <translation>Todos los pipelines que evaluó la búsqueda</translation>
    </message>
    <message>
        <source>The fitted pipeline, step by step</source>
        <translation>El pipeline ajustado, paso a paso</translation>
    </message>
    <message>
        <source>The columns the model reads, with their profile</source>
        <translation>Las columnas que lee el modelo, con su perfil</translation>
    </message>
    <message>
        <source>What the engine reported while it ran</source>
        <translation>Lo que informó el motor durante la ejecución</translation>
    </message>
    <message>
        <source>Export Report…</source>
        <translation>Exportar informe…</translation>
    </message>
    <message>
        <source>Export a report of this job&apos;s results</source>
        <translation>Exporta un informe de los resultados de este trabajo</translation>
    </message>
    <message>
        <source>Download Results…</source>
        <translation>Descargar resultados…</translation>
    </message>
    <message>
        <source>Save this job&apos;s result files to a folder</source>
        <translation>Guarda los archivos de resultados de este trabajo en una carpeta</translation>
    </message>
    <message>
        <source>Predict…</source>
        <translation>Predecir…</translation>
    </message>
    <message>
        <source>Apply this job&apos;s model to new data</source>
        <translation>Aplica el modelo de este trabajo a datos nuevos</translation>
    </message>
    <message>
        <source>Select a job to see its details.</source>
        <translation>Selecciona un trabajo para ver sus detalles.</translation>
    </message>
    <message>
        <source>Select a job to see its results.</source>
        <translation>Selecciona un trabajo para ver sus resultados.</translation>
    </message>
    <message>
        <source>Select a job to see its log.</source>
        <translation>Selecciona un trabajo para ver su registro.</translation>
    </message>
    <message>
        <source>Select a job to see its leaderboard.</source>
        <translation>Selecciona un trabajo para ver su clasificación de candidatos.</translation>
    </message>
    <message>
        <source>This job no longer exists.</source>
        <translation>Este trabajo ya no existe.</translation>
    </message>
    <message>
        <source>Could not read the job: %1</source>
        <translation>No se pudo leer el trabajo: %1</translation>
    </message>
    <message>
        <source>The search has not started yet.</source>
        <translation>La búsqueda aún no ha empezado.</translation>
    </message>
    <message>
        <source>Candidates appear here as the search scores them.</source>
        <translation>Los candidatos aparecen aquí a medida que la búsqueda los evalúa.</translation>
    </message>
    <message>
        <source>This job has no candidates on record.</source>
        <translation>Este trabajo no tiene candidatos registrados.</translation>
    </message>
    <message>
        <source>This job was removed.</source>
        <translation>Este trabajo se eliminó.</translation>
    </message>
    <message>
        <source>Results appear when the job finishes. It has not started yet.</source>
        <translation>Los resultados aparecen cuando el trabajo finaliza. Aún no ha empezado.</translation>
    </message>
    <message>
        <source>Results appear when the job finishes. Meanwhile the Leaderboard and Log tabs follow the search.</source>
        <translation>Los resultados aparecen cuando el trabajo finaliza. Mientras tanto, las pestañas Clasificación de candidatos y Registro siguen la búsqueda.</translation>
    </message>
    <message>
        <source>The job failed, so there are no results. The Overview tab says why.</source>
        <translation>El trabajo falló, así que no hay resultados. La pestaña Resumen indica el motivo.</translation>
    </message>
    <message>
        <source>The job was interrupted before it finished, so there are no results.</source>
        <translation>El trabajo se interrumpió antes de finalizar, así que no hay resultados.</translation>
    </message>
    <message>
        <source>The results are kept by the service that ran the job. Download them to see them here.</source>
        <translation>Los resultados los guarda el servicio que ejecutó el trabajo. Descárgalos para verlos aquí.</translation>
    </message>
    <message>
        <source>This job has no results folder.</source>
        <translation>Este trabajo no tiene carpeta de resultados.</translation>
    </message>
    <message>
        <source>The job was stopped before any candidate finished, so there is no model.</source>
        <translation>El trabajo se detuvo antes de que terminara ningún candidato, así que no hay modelo.</translation>
    </message>
    <message>
        <source>The results are incomplete: %1 is missing. The folder may have been moved or deleted.</source>
        <translation>Los resultados están incompletos: falta %1. Es posible que la carpeta se haya movido o eliminado.</translation>
    </message>
    <message>
        <source>Reading the results…</source>
        <translation>Leyendo los resultados…</translation>
    </message>
    <message>
        <source>Could not read the results. %1</source>
        <translation>No se pudieron leer los resultados. %1</translation>
    </message>
    <message>
        <source>Download Re&amp;sults…</source>
        <translation>De&amp;scargar resultados…</translation>
    </message>
    <message>
        <source>Not available: the model is a regression.</source>
        <translation>No disponible: el modelo es una regresión.</translation>
    </message>
    <message>
        <source>Not available: the KS curve is for two classes.</source>
        <translation>No disponible: la curva KS es para dos clases.</translation>
    </message>
    <message>
        <source>Not available: the model is a classification.</source>
        <translation>No disponible: el modelo es una clasificación.</translation>
    </message>
    <message>
        <source>The log starts when the job runs.</source>
        <translation>El registro empieza cuando se ejecuta el trabajo.</translation>
    </message>
    <message>
        <source>The service that ran this job keeps its log.</source>
        <translation>El registro lo guarda el servicio que ejecutó este trabajo.</translation>
    </message>
    <message>
        <source>No log was kept for this job.</source>
        <translation>No se guardó ningún registro de este trabajo.</translation>
    </message>
    <message>
        <source>No log was kept for this job: %1 is missing.</source>
        <translation>No se guardó ningún registro de este trabajo: falta %1.</translation>
    </message>
</context>
<context>
    <name>winnow::ui::JobDraft</name>
    <message>
        <source>in the file</source>
        <translation>en el archivo</translation>
    </message>
    <message>
        <source>in the first %1 rows</source>
        <translation>en las primeras %1 filas</translation>
    </message>
    <message>
        <source>Name the feature table the service should train on.</source>
        <translation>Indica la tabla de variables con la que debe entrenar el servicio.</translation>
    </message>
    <message>
        <source>Choose a CSV file to train on.</source>
        <translation>Elige un archivo CSV con el que entrenar.</translation>
    </message>
    <message>
        <source>The file has a single column: a job needs a target and at least one feature. Are its values separated by , ; tab or |?</source>
        <translation>El archivo tiene una sola columna: un trabajo necesita un objetivo y al menos una variable. ¿Están sus valores separados por , ; tabulador o |?</translation>
    </message>
    <message>
        <source>Choose the column to predict.</source>
        <translation>Elige la columna que quieres predecir.</translation>
    </message>
    <message>
        <source>The file has no column %1.</source>
        <translation>El archivo no tiene ninguna columna %1.</translation>
    </message>
    <message>
        <source>%1 has no values %2: there is nothing to learn.</source>
        <translation>%1 no tiene valores %2: no hay nada que aprender.</translation>
    </message>
    <message>
        <source>%1 is %2 in every row %3: there is nothing to learn.</source>
        <translation>%1 vale %2 en todas las filas %3: no hay nada que aprender.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) %1 have no target value; the engine leaves such rows out.</source>
        <translation>
            <numerusform>%Ln fila %1 no tiene valor objetivo; el motor excluye esas filas.</numerusform>
            <numerusform>%Ln filas %1 no tienen valor objetivo; el motor excluye esas filas.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 holds text, so a regression cannot predict it; choose classification.</source>
        <translation>%1 contiene texto, así que no se puede predecir con una regresión; elige clasificación.</translation>
    </message>
    <message>
        <source>%1 has %2 distinct fractional values %3, which are not classes; choose regression.</source>
        <translation>%1 tiene %2 valores decimales distintos %3, que no son clases; elige regresión.</translation>
    </message>
    <message>
        <source>The class %1 has a single row %2; every class needs at least 2 to be split into training and test rows.</source>
        <translation>La clase %1 tiene una sola fila %2; cada clase necesita al menos 2 para poder dividirse en filas de entrenamiento y de prueba.</translation>
    </message>
    <message>
        <source>Unknown scoring %1.</source>
        <translation>Métrica desconocida: %1.</translation>
    </message>
    <message>
        <source>%1 cannot judge a %2 task; choose another scoring.</source>
        <translation>%1 no sirve para evaluar una tarea de %2; elige otra métrica.</translation>
    </message>
    <message>
        <source>The id column cannot also be the target.</source>
        <translation>La columna de ID no puede ser también el objetivo.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is empty in %Ln row(s) %2; every row needs an id.</source>
        <translation>
            <numerusform>%1 no tiene valor en %Ln fila %2; cada fila necesita un ID.</numerusform>
            <numerusform>%1 no tiene valor en %Ln filas %2; cada fila necesita un ID.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not unique: %2 appears more than once %3.</source>
        <translation>%1 tiene valores repetidos: %2 aparece más de una vez %3.</translation>
    </message>
    <message>
        <source>Choose the date column the range applies to.</source>
        <translation>Elige la columna de fecha a la que se aplica el intervalo.</translation>
    </message>
    <message>
        <source>%1 is not read as dates; make its type Date/time under Columns.</source>
        <translation>%1 no se lee como fechas; cambia su tipo a Fecha/hora en Columnas.</translation>
    </message>
    <message>
        <source>The start date is after the end date.</source>
        <translation>La fecha de inicio es posterior a la fecha de fin.</translation>
    </message>
    <message>
        <source>No row %1 falls in this date range.</source>
        <translation>Ninguna fila %1 cae en este intervalo de fechas.</translation>
    </message>
    <message>
        <source>Check at least one feature to consider.</source>
        <translation>Marca al menos una variable para tener en cuenta.</translation>
    </message>
    <message numerus="yes">
        <source>Only %Ln feature(s) are checked; the job cannot keep more.</source>
        <translation>
            <numerusform>Solo hay %Ln variable marcada; el trabajo no puede conservar más.</numerusform>
            <numerusform>Solo hay %Ln variables marcadas; el trabajo no puede conservar más.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>winnow::ui::JobFilterBar</name>
    <message>
        <source>All Statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message numerus="yes">
        <source>%n Statuses</source>
        <translation>
            <numerusform>%n estado</numerusform>
            <numerusform>%n estados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln job(s)</source>
        <translation>
            <numerusform>%1 de %Ln trabajo</numerusform>
            <numerusform>%1 de %Ln trabajos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln job(s)</source>
        <translation>
            <numerusform>%Ln trabajo</numerusform>
            <numerusform>%Ln trabajos</numerusform>
        </translation>
    </message>
    <message>
        <source>Search jobs by name or data</source>
        <translation>Buscar trabajos por nombre o datos</translation>
    </message>
    <message>
        <source>Search jobs</source>
        <translation>Buscar trabajos</translation>
    </message>
    <message>
        <source>Show only jobs whose name or data contains this text (%1)</source>
        <translation>Muestra solo los trabajos cuyo nombre o datos contienen este texto (%1)</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtro de estado</translation>
    </message>
    <message>
        <source>Show only jobs in the chosen statuses</source>
        <translation>Muestra solo los trabajos con los estados elegidos</translation>
    </message>
    <message>
        <source>Show All Statuses</source>
        <translation>Mostrar todos los estados</translation>
    </message>
    <message>
        <source>Other (reported by a service)</source>
        <translation>Otro (indicado por un servicio)</translation>
    </message>
    <message>
        <source>Any Time</source>
        <translation>Cualquier fecha</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Last 7 Days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 Days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>This Year</source>
        <translation>Este año</translation>
    </message>
    <message>
        <source>Custom Range…</source>
        <translation>Intervalo personalizado…</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Show only jobs created in this period</source>
        <translation>Muestra solo los trabajos creados en este periodo</translation>
    </message>
    <message>
        <source>Created from</source>
        <translation>Creado desde</translation>
    </message>
    <message>
        <source>Created until</source>
        <translation>Creado hasta</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>Borrar filtros</translation>
    </message>
    <message>
        <source>Show every job again</source>
        <translation>Vuelve a mostrar todos los trabajos</translation>
    </message>
</context>
<context>
    <name>winnow::ui::JobHistoryView</name>
    <message>
        <source>No jobs match the filters.
Clear the search or choose other statuses or dates to see more.</source>
        <translation>Ningún trabajo coincide con los filtros.
Borra la búsqueda o elige otros estados o fechas para ver más.</translation>
    </message>
    <message>
        <source>No jobs here yet.</source>
        <translation>Aún no hay trabajos aquí.</translation>
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
    <name>winnow::ui::JobLogTab</name>
    <message>
        <source>Job log</source>
        <translation>Registro del trabajo</translation>
    </message>
    <message>
        <source>Waiting for the engine&apos;s first event…</source>
        <translation>Esperando el primer evento del motor…</translation>
    </message>
    <message>
        <source>Engine error output</source>
        <translation>Salida de errores del motor</translation>
    </message>
    <message>
        <source>Engine error output (stderr)</source>
        <translation>Salida de errores del motor (stderr)</translation>
    </message>
</context>
<context>
    <name>winnow::ui::JobMetricsTab</name>
    <message>
        <source>Cop&amp;y Table</source>
        <translation>C&amp;opiar tabla</translation>
    </message>
    <message>
        <source>Copy every metric to the clipboard, as tab-separated text</source>
        <translation>Copia todas las métricas al portapapeles como texto separado por tabuladores</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Métricas</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, target &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, objetivo &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>optimised for &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>optimizado para &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>: %1 cross-validated</source>
        <translation>: %1 con validación cruzada</translation>
    </message>
    <message numerus="yes">
        <source> over %n fold(s)</source>
        <translation>
            <numerusform> en %n pliegue</numerusform>
            <numerusform> en %n pliegues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) evaluated</source>
        <translation>
            <numerusform>%n candidato evaluado</numerusform>
            <numerusform>%n candidatos evaluados</numerusform>
        </translation>
    </message>
    <message>
        <source>The job was stopped early: this is the best model found until then.</source>
        <translation>El trabajo se detuvo antes de tiempo: este es el mejor modelo encontrado hasta ese momento.</translation>
    </message>
</context>
<context>
    <name>winnow::ui::JobNotifier</name>
    <message>
        <source>Winnow</source>
        <translation>Winnow</translation>
    </message>
    <message numerus="yes">
        <source>Winnow — %n running</source>
        <translation>
            <numerusform>Winnow — %n en ejecución</numerusform>
            <numerusform>Winnow — %n en ejecución</numerusform>
        </translation>
    </message>
    <message>
        <source>best %1 %2</source>
        <translation>mejor %1 %2</translation>
    </message>
    <message>
        <source>Job finished</source>
        <translation>Trabajo finalizado</translation>
    </message>
    <message>
        <source>“%1”: %2, in %3</source>
        <translation>“%1”: %2, en %3</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>“%1”: %2</translation>
    </message>
    <message>
        <source>“%1” finished.</source>
        <translation>“%1” finalizó.</translation>
    </message>
    <message>
        <source>Job failed</source>
        <translation>Trabajo fallido</translation>
    </message>
    <message>
        <source>“%1” failed.</source>
        <translation>“%1” falló.</translation>
    </message>
    <message>
        <source>Job stopped</source>
        <translation>Trabajo detenido</translation>
    </message>
    <message>
        <source>“%1” was stopped.</source>
        <translation>“%1” se detuvo.</translation>
    </message>
    <message>
        <source>“%1” was stopped, keeping its %2.</source>
        <translation>“%1” se detuvo y conserva su %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>winnow::ui::JobOverviewTab</name>
    <message>
        <source>Waiting to start</source>
        <translation>Esperando para iniciarse</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En ejecución</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Finalizado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenido</translation>
    </message>
    <message>
        <source>Interrupted: Winnow was closed while it ran</source>
        <translation>Interrumpido: Winnow se cerró mientras se ejecutaba</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Este equipo</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Engine&apos;s default</source>
        <translation>Predeterminado del motor</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Progress:</source>
        <translation>Progreso:</translation>
    </message>
    <message>
        <source>Best score</source>
        <translation>Mejor puntuación</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Iniciado</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Transcurrido</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <source>An estimate from the progress so far, within the job&apos;s time budget</source>
        <translation>Una estimación basada en el progreso hasta ahora, dentro del límite de tiempo del trabajo</translation>
    </message>
    <message>
        <source>Why the job failed</source>
        <translation>Por qué falló el trabajo</translation>
    </message>
    <message>
        <source>Failure reason</source>
        <translation>Motivo del fallo</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Status timeline</source>
        <translation>Cronología de estados</translation>
    </message>
    <message>
        <source>Began</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Data and results</source>
        <translation>Datos y resultados</translation>
    </message>
    <message>
        <source>Data file</source>
        <translation>Archivo de datos</translation>
    </message>
    <message>
        <source>Runs on</source>
        <translation>Se ejecuta en</translation>
    </message>
    <message>
        <source>Remote id</source>
        <translation>ID remoto</translation>
    </message>
    <message>
        <source>Results folder</source>
        <translation>Carpeta de resultados</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Job spec</source>
        <translation>Especificación del trabajo</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>predicts %1</source>
        <translation>predice %1</translation>
    </message>
    <message>
        <source>regression</source>
        <translation>regresión</translation>
    </message>
    <message>
        <source>classification</source>
        <translation>clasificación</translation>
    </message>
    <message>
        <source>id %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Todavía no</translation>
    </message>
    <message>
        <source>Still running</source>
        <translation>Aún en ejecución</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Ninguna todavía</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>Elapsed:</source>
        <translation>Transcurrido:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Duración:</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>aproximadamente %1</translation>
    </message>
    <message>
        <source>No phases yet</source>
        <translation>Aún no hay fases</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Inferred from the target</source>
        <translation>Deducida del objetivo</translation>
    </message>
    <message>
        <source>Regression</source>
        <translation>Regresión</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Clasificación</translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation>Métrica</translation>
    </message>
    <message>
        <source>Engine&apos;s default for the task</source>
        <translation>Predeterminada del motor para la tarea</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Row id column</source>
        <translation>Columna de ID de fila</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Variables</translation>
    </message>
    <message>
        <source>Every usable column</source>
        <translation>Todas las columnas utilizables</translation>
    </message>
    <message>
        <source>Number of features</source>
        <translation>Número de variables</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>Date column</source>
        <translation>Columna de fecha</translation>
    </message>
    <message>
        <source>Rows from</source>
        <translation>Filas desde</translation>
    </message>
    <message>
        <source>The first</source>
        <translation>La primera</translation>
    </message>
    <message>
        <source>Rows until</source>
        <translation>Filas hasta</translation>
    </message>
    <message>
        <source>The last</source>
        <translation>La última</translation>
    </message>
    <message>
        <source>Balance classes</source>
        <translation>Equilibrar clases</translation>
    </message>
    <message>
        <source>Test fraction</source>
        <translation>Fracción de prueba</translation>
    </message>
    <message>
        <source>Generations</source>
        <translation>Generaciones</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Población</translation>
    </message>
    <message>
        <source>Time budget</source>
        <translation>Límite de tiempo</translation>
    </message>
    <message>
        <source>Time per candidate</source>
        <translation>Tiempo por candidato</translation>
    </message>
    <message>
        <source>Most candidates</source>
        <translation>Máximo de candidatos</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <source>Algorithms</source>
        <translation>Algoritmos</translation>
    </message>
    <message>
        <source>Every algorithm the task allows</source>
        <translation>Todos los algoritmos que admite la tarea</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>Semilla aleatoria</translation>
    </message>
</context>
<context>
    <name>winnow::ui::JobReport</name>
    <message>
        <source>This job has no results on this computer.</source>
        <translation>Este trabajo no tiene resultados en este equipo.</translation>
    </message>
    <message>
        <source>The job&apos;s results are incomplete: %1 is missing.</source>
        <translation>Los resultados del trabajo están incompletos: falta %1.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 está dañado: %2</translation>
    </message>
</context>
<context>
    <name>winnow::ui::JobStatusDelegate</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 %2 %</source>
        <translation>%1 %2 %</translation>
    </message>
</context>
<context>
    <name>winnow::ui::JobTableView</name>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>Reset Columns</source>
        <translation>Restablecer columnas</translation>
    </message>
    <message>
        <source>Drop to start a new job</source>
        <translation>Suelta para iniciar un nuevo trabajo</translation>
    </message>
    <message>
        <source>Drop to predict with this job&apos;s model</source>
        <translation>Suelta para predecir con el modelo de este trabajo</translation>
    </message>
</context>
<context>
    <name>winnow::ui::LeaderboardTab</name>
    <message>
        <source>Leaderboard</source>
        <translation>Clasificación de candidatos</translation>
    </message>
    <message>
        <source>No candidates yet.</source>
        <translation>Aún no hay candidatos.</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) evaluated</source>
        <translation>
            <numerusform>%n candidato evaluado</numerusform>
            <numerusform>%n candidatos evaluados</numerusform>
        </translation>
    </message>
    <message>
        <source> · best so far: %1, score %2 (%3 is better)</source>
        <translation> · el mejor hasta ahora: %1, puntuación %2 (cuanto %3, mejor)</translation>
    </message>
    <message>
        <source>smaller</source>
        <translation>menor</translation>
    </message>
    <message>
        <source>larger</source>
        <translation>mayor</translation>
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
    <message>
        <source>Drop to start a new job</source>
        <translation>Suelta para iniciar un nuevo trabajo</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>Backends, defaults of new jobs, data folder and language</source>
        <translation>Backends, valores predeterminados de los trabajos nuevos, carpeta de datos e idioma</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Show the selected job&apos;s details and results</source>
        <translation>Muestra los detalles y resultados del trabajo seleccionado</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>Delete the selected jobs and their results</source>
        <translation>Elimina los trabajos seleccionados y sus resultados</translation>
    </message>
    <message>
        <source>Download &amp;Model…</source>
        <translation>Descargar &amp;modelo…</translation>
    </message>
    <message>
        <source>Save the selected job&apos;s best model to a folder</source>
        <translation>Guarda el mejor modelo del trabajo seleccionado en una carpeta</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>E&amp;xportar informe…</translation>
    </message>
    <message>
        <source>Write a report of the selected jobs&apos; results to share</source>
        <translation>Escribe un informe de los resultados de los trabajos seleccionados para compartirlo</translation>
    </message>
    <message>
        <source>C&amp;ompare</source>
        <translation>C&amp;omparar</translation>
    </message>
    <message>
        <source>Show the selected finished jobs&apos; metrics side by side</source>
        <translation>Muestra juntas las métricas de los trabajos finalizados seleccionados</translation>
    </message>
    <message>
        <source>Job &amp;Details</source>
        <translation>&amp;Detalles del trabajo</translation>
    </message>
    <message>
        <source>Show or hide the details of the open job</source>
        <translation>Muestra u oculta los detalles del trabajo abierto</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <source>Job list</source>
        <translation>Lista de trabajos</translation>
    </message>
    <message numerus="yes">
        <source>%n running — Winnow</source>
        <translation>
            <numerusform>%n en ejecución — Winnow</numerusform>
            <numerusform>%n en ejecución — Winnow</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>winnow::ui::MessageBar</name>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Información</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Descartar el mensaje</translation>
    </message>
</context>
<context>
    <name>winnow::ui::NewJobDialog</name>
    <message>
        <source>KS statistic</source>
        <translation>Estadístico KS</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Exactitud</translation>
    </message>
    <message>
        <source>Balanced accuracy</source>
        <translation>Exactitud equilibrada</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>F1, macro average</source>
        <translation>F1, promedio macro</translation>
    </message>
    <message>
        <source>ROC AUC</source>
        <translation>ROC AUC</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Precisión</translation>
    </message>
    <message>
        <source>Precision, macro average</source>
        <translation>Precisión, promedio macro</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Exhaustividad</translation>
    </message>
    <message>
        <source>Recall, macro average</source>
        <translation>Exhaustividad, promedio macro</translation>
    </message>
    <message>
        <source>Mean squared error</source>
        <translation>Error cuadrático medio</translation>
    </message>
    <message>
        <source>Root mean squared error</source>
        <translation>Raíz del error cuadrático medio</translation>
    </message>
    <message>
        <source>Mean absolute error</source>
        <translation>Error absoluto medio</translation>
    </message>
    <message>
        <source>R² (coefficient of determination)</source>
        <translation>R² (coeficiente de determinación)</translation>
    </message>
    <message>
        <source>binary classification</source>
        <translation>clasificación binaria</translation>
    </message>
    <message>
        <source>multiclass classification</source>
        <translation>clasificación multiclase</translation>
    </message>
    <message>
        <source>regression</source>
        <translation>regresión</translation>
    </message>
    <message>
        <source>New Job</source>
        <translation>Nuevo trabajo</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <source>Start the job with these settings</source>
        <translation>Inicia el trabajo con esta configuración</translation>
    </message>
    <message>
        <source>Data file</source>
        <translation>Archivo de datos</translation>
    </message>
    <message>
        <source>The CSV file the job trains on; drop more files on this window to add them</source>
        <translation>El archivo CSV con el que entrena el trabajo; suelta más archivos en esta ventana para añadirlos</translation>
    </message>
    <message>
        <source>Choose a CSV file…</source>
        <translation>Elige un archivo CSV…</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>Choose CSV files on disk</source>
        <translation>Elige archivos CSV del disco</translation>
    </message>
    <message>
        <source>&amp;Data file:</source>
        <translation>Archivo de &amp;datos:</translation>
    </message>
    <message>
        <source>Preview of the file&apos;s first rows</source>
        <translation>Vista previa de las primeras filas del archivo</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Columnas</translation>
    </message>
    <message>
        <source>Filter columns</source>
        <translation>Filtrar columnas</translation>
    </message>
    <message>
        <source>Filter columns by name</source>
        <translation>Filtra las columnas por nombre</translation>
    </message>
    <message>
        <source>Check &amp;All</source>
        <translation>Marcar &amp;todas</translation>
    </message>
    <message>
        <source>Consider every column as a feature</source>
        <translation>Considera todas las columnas como variables</translation>
    </message>
    <message>
        <source>Check &amp;None</source>
        <translation>Desmarca&amp;r todas</translation>
    </message>
    <message>
        <source>Consider no column; then check the features you want</source>
        <translation>No considera ninguna columna; después marca las variables que quieras</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Columnas del archivo</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Trabajo</translation>
    </message>
    <message>
        <source>Job name</source>
        <translation>Nombre del trabajo</translation>
    </message>
    <message>
        <source>A name to find the job by; leave empty to name it after the data and target</source>
        <translation>Un nombre para encontrar el trabajo; déjalo vacío para nombrarlo según los datos y el objetivo</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Where the job runs</source>
        <translation>Dónde se ejecuta el trabajo</translation>
    </message>
    <message>
        <source>&amp;Run on:</source>
        <translation>E&amp;jecutar en:</translation>
    </message>
    <message>
        <source>Feature table</source>
        <translation>Tabla de variables</translation>
    </message>
    <message>
        <source>The name of the feature table on the service</source>
        <translation>El nombre de la tabla de variables en el servicio</translation>
    </message>
    <message>
        <source>&amp;Feature table:</source>
        <translation>Tabla de varia&amp;bles:</translation>
    </message>
    <message>
        <source>Prediction</source>
        <translation>Predicción</translation>
    </message>
    <message>
        <source>Target column</source>
        <translation>Columna objetivo</translation>
    </message>
    <message>
        <source>The column the job learns to predict</source>
        <translation>La columna que el trabajo aprende a predecir</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Objetivo:</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automática</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Clasificación</translation>
    </message>
    <message>
        <source>Regression</source>
        <translation>Regresión</translation>
    </message>
    <message>
        <source>Automatic: classes for text, true/false and few whole numbers; else a regression, as the engine decides</source>
        <translation>Automática: clases para texto, verdadero/falso y pocos números enteros; si no, una regresión, tal como decide el motor</translation>
    </message>
    <message>
        <source>Tas&amp;k:</source>
        <translation>T&amp;area:</translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation>Métrica</translation>
    </message>
    <message>
        <source>What the search optimises; only scorings that fit the task are listed</source>
        <translation>Lo que optimiza la búsqueda; solo se muestran las métricas adecuadas para la tarea</translation>
    </message>
    <message>
        <source>S&amp;coring:</source>
        <translation>&amp;Métrica:</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>Id column</source>
        <translation>Columna de ID</translation>
    </message>
    <message>
        <source>A column naming each row; never a feature, and carried into predictions</source>
        <translation>Una columna que identifica cada fila; nunca es una variable y se incluye en las predicciones</translation>
    </message>
    <message>
        <source>&amp;Id column:</source>
        <translation>Col&amp;umna de ID:</translation>
    </message>
    <message>
        <source>Date column</source>
        <translation>Columna de fecha</translation>
    </message>
    <message>
        <source>A date column to keep only the rows of a period</source>
        <translation>Una columna de fecha para conservar solo las filas de un periodo</translation>
    </message>
    <message>
        <source>Da&amp;te column:</source>
        <translation>Columna de &amp;fecha:</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>De&amp;sde</translation>
    </message>
    <message>
        <source>Keep only rows on or after this date</source>
        <translation>Conserva solo las filas de esta fecha o posteriores</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <source>Keep only rows on or before this date</source>
        <translation>Conserva solo las filas de esta fecha o anteriores</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Variables</translation>
    </message>
    <message>
        <source>Number of features to keep</source>
        <translation>Número de variables que conservar</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>How many of the checked features the job keeps after ranking them</source>
        <translation>Cuántas de las variables marcadas conserva el trabajo tras ordenarlas por importancia</translation>
    </message>
    <message>
        <source>K&amp;eep:</source>
        <translation>Cons&amp;ervar:</translation>
    </message>
    <message>
        <source>&amp;Balance classes</source>
        <translation>E&amp;quilibrar clases</translation>
    </message>
    <message>
        <source>Under 1 % the smallest class is oversampled; from 1 % to 20 % the others are undersampled; from 20 % on nothing changes</source>
        <translation>Por debajo del 1 %, se sobremuestrea la clase más pequeña; del 1 % al 20 %, se submuestrean las demás; a partir del 20 %, no cambia nada</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Búsqueda</translation>
    </message>
    <message>
        <source>Generations</source>
        <translation>Generaciones</translation>
    </message>
    <message>
        <source>Generations of the genetic search</source>
        <translation>Generaciones de la búsqueda genética</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Población</translation>
    </message>
    <message>
        <source>Candidate pipelines per generation</source>
        <translation>Pipelines candidatos por generación</translation>
    </message>
    <message>
        <source>&amp;Generations:</source>
        <translation>&amp;Generaciones:</translation>
    </message>
    <message>
        <source>&amp;Population:</source>
        <translation>&amp;Población:</translation>
    </message>
    <message>
        <source>Time budget</source>
        <translation>Límite de tiempo</translation>
    </message>
    <message>
        <source>The whole job&apos;s time, the final fit included: &quot;90 s&quot;, &quot;5 min&quot;, &quot;1 h 30 min&quot;</source>
        <translation>El tiempo de todo el trabajo, incluido el ajuste final: &quot;90 s&quot;, &quot;5 min&quot;, &quot;1 h 30 min&quot;</translation>
    </message>
    <message>
        <source>Time &amp;budget:</source>
        <translation>&amp;Límite de tiempo:</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <source>Makes splits and searches repeatable</source>
        <translation>Hace repetibles las particiones y las búsquedas</translation>
    </message>
    <message>
        <source>See&amp;d:</source>
        <translation>S&amp;emilla:</translation>
    </message>
    <message>
        <source>Test rows</source>
        <translation>Filas de prueba</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Share of the rows held out to measure the final model</source>
        <translation>Proporción de filas que se apartan para evaluar el modelo final</translation>
    </message>
    <message>
        <source>Test ro&amp;ws:</source>
        <translation>Filas de pr&amp;ueba:</translation>
    </message>
    <message>
        <source>Choose CSV Files</source>
        <translation>Elegir archivos CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.csv.gz *.CSV);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.csv.gz *.CSV);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (predeterminada)</translation>
    </message>
    <message>
        <source>Trains on this computer, reading the file where it is.</source>
        <translation>Entrena en este equipo, leyendo el archivo desde su ubicación.</translation>
    </message>
    <message>
        <source>The file is uploaded to %1, which trains on it.</source>
        <translation>El archivo se sube a %1, que entrena con él.</translation>
    </message>
    <message>
        <source>%1 is uploaded to %2, which trains on it.</source>
        <translation>%1 se sube a %2, que entrena con él.</translation>
    </message>
    <message>
        <source>%1 trains on one of its feature tables; the file here only shows the columns.</source>
        <translation>%1 entrena con una de sus tablas de variables; el archivo de aquí solo muestra las columnas.</translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation>Automática (%1)</translation>
    </message>
    <message numerus="yes">
        <source>of %Ln checked feature(s)</source>
        <translation>
            <numerusform>de %Ln variable marcada</numerusform>
            <numerusform>de %Ln variables marcadas</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Columns (%1 of %2 checked)</source>
        <translation>&amp;Columnas (%1 de %2 marcadas)</translation>
    </message>
    <message>
        <source>a regression has no classes</source>
        <translation>una regresión no tiene clases</translation>
    </message>
    <message>
        <source>oversample (minority %1 %)</source>
        <translation>sobremuestrear (minoritaria: %1 %)</translation>
    </message>
    <message>
        <source>undersample (minority %1 %)</source>
        <translation>submuestrear (minoritaria: %1 %)</translation>
    </message>
    <message>
        <source>nothing to do (minority %1 %)</source>
        <translation>nada que hacer (minoritaria: %1 %)</translation>
    </message>
    <message>
        <source>The smallest class, %1, is %2 % of the sampled rows</source>
        <translation>La clase más pequeña, %1, es el %2 % de las filas de la muestra</translation>
    </message>
    <message>
        <source>Further down, the file cannot be read: %1</source>
        <translation>Más adelante, el archivo no se puede leer: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) to fix before the job can start.</source>
        <translation>
            <numerusform>%Ln problema que resolver antes de poder iniciar el trabajo.</numerusform>
            <numerusform>%Ln problemas que resolver antes de poder iniciar el trabajo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready to start, with %Ln warning(s).</source>
        <translation>
            <numerusform>Listo para iniciar, con %Ln advertencia.</numerusform>
            <numerusform>Listo para iniciar, con %Ln advertencias.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready to start: %1 on %Ln feature(s).</source>
        <translation>
            <numerusform>Listo para iniciar: %1 con %Ln variable.</numerusform>
            <numerusform>Listo para iniciar: %1 con %Ln variables.</numerusform>
        </translation>
    </message>
    <message>
        <source>Drop a CSV file here, or choose one with Browse…</source>
        <translation>Suelta aquí un archivo CSV o elige uno con Examinar…</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 filas</translation>
    </message>
    <message>
        <source>about %1 rows</source>
        <translation>unas %1 filas</translation>
    </message>
    <message numerus="yes">
        <source>%Ln column(s)</source>
        <translation>
            <numerusform>%Ln columna</numerusform>
            <numerusform>%Ln columnas</numerusform>
        </translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>separado por comas</translation>
    </message>
    <message>
        <source>semicolon-separated</source>
        <translation>separado por punto y coma</translation>
    </message>
    <message>
        <source>tab-separated</source>
        <translation>separado por tabuladores</translation>
    </message>
    <message>
        <source>separated by |</source>
        <translation>separado por |</translation>
    </message>
    <message>
        <source>showing the first %1</source>
        <translation>se muestran las primeras %1</translation>
    </message>
</context>
<context>
    <name>winnow::ui::PipelineTab</name>
    <message>
        <source>The pipeline appears when the job finishes.</source>
        <translation>El pipeline aparece cuando el trabajo finaliza.</translation>
    </message>
    <message>
        <source>Pipeline diagram</source>
        <translation>Diagrama del pipeline</translation>
    </message>
    <message>
        <source>This job has no pipeline page.</source>
        <translation>Este trabajo no tiene página del pipeline.</translation>
    </message>
    <message>
        <source>The pipeline page %1 is missing: the job&apos;s results may have been moved or deleted.</source>
        <translation>Falta la página del pipeline %1: es posible que los resultados del trabajo se hayan movido o eliminado.</translation>
    </message>
</context>
<context>
    <name>winnow::ui::PredictDialog</name>
    <message>
        <source>regression</source>
        <translation>regresión</translation>
    </message>
    <message>
        <source>classification</source>
        <translation>clasificación</translation>
    </message>
    <message>
        <source>Predict with %1</source>
        <translation>Predecir con %1</translation>
    </message>
    <message>
        <source>%1 predictions</source>
        <translation>%1 predicciones</translation>
    </message>
    <message>
        <source>About %1 predictions</source>
        <translation>Aproximadamente %1 predicciones</translation>
    </message>
    <message>
        <source>Predicts %1</source>
        <translation>Predice %1</translation>
    </message>
    <message>
        <source>trained on %1</source>
        <translation>entrenado con %1</translation>
    </message>
    <message>
        <source>Data to score</source>
        <translation>Datos para predecir</translation>
    </message>
    <message>
        <source>Drop a CSV file here, or choose one</source>
        <translation>Suelta aquí un archivo CSV o elige uno</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>Choose the CSV file to score</source>
        <translation>Elige el archivo CSV para predecir</translation>
    </message>
    <message>
        <source>&amp;Data to score:</source>
        <translation>&amp;Datos para predecir:</translation>
    </message>
    <message>
        <source>The file needs the columns the model was trained on; the target may be absent.</source>
        <translation>El archivo necesita las columnas con las que se entrenó el modelo; el objetivo puede faltar.</translation>
    </message>
    <message>
        <source>Prediction progress</source>
        <translation>Progreso de la predicción</translation>
    </message>
    <message>
        <source>Predicting…</source>
        <translation>Prediciendo…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Predictions</source>
        <translation>Predicciones</translation>
    </message>
    <message>
        <source>Choose or drop a CSV file with the columns the model was trained on, then Predict.
The predictions show here.</source>
        <translation>Elige o suelta un archivo CSV con las columnas con las que se entrenó el modelo y pulsa Predecir.
Las predicciones se muestran aquí.</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>&amp;Guardar como…</translation>
    </message>
    <message>
        <source>Save the predictions as a CSV file</source>
        <translation>Guarda las predicciones como archivo CSV</translation>
    </message>
    <message>
        <source>&amp;Predict</source>
        <translation>&amp;Predecir</translation>
    </message>
    <message>
        <source>Choose the Data to Score</source>
        <translation>Elegir los datos para predecir</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.csv.gz *.CSV);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.csv.gz *.CSV);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Choose a CSV file to score.</source>
        <translation>Elige un archivo CSV para predecir.</translation>
    </message>
    <message>
        <source>Cannot make a folder for the predictions: %1</source>
        <translation>No se puede crear una carpeta para las predicciones: %1</translation>
    </message>
    <message>
        <source>This job&apos;s backend cannot predict.</source>
        <translation>El backend de este trabajo no puede hacer predicciones.</translation>
    </message>
    <message>
        <source>The prediction was cancelled.</source>
        <translation>Se canceló la predicción.</translation>
    </message>
    <message>
        <source>The prediction failed.</source>
        <translation>La predicción falló.</translation>
    </message>
    <message>
        <source>Save Predictions</source>
        <translation>Guardar predicciones</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Predictions saved to %1</source>
        <translation>Predicciones guardadas en %1</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Guardado en %1</translation>
    </message>
    <message>
        <source>Could not save the predictions to %1: %2</source>
        <translation>No se pudieron guardar las predicciones en %1: %2</translation>
    </message>
</context>
<context>
    <name>winnow::ui::ReportExporter</name>
    <message>
        <source>Could not export the report: %1</source>
        <translation>No se pudo exportar el informe: %1</translation>
    </message>
    <message>
        <source>There is no job to report on.</source>
        <translation>No hay ningún trabajo sobre el que informar.</translation>
    </message>
    <message>
        <source>None of the jobs has metrics to export.</source>
        <translation>Ninguno de los trabajos tiene métricas que exportar.</translation>
    </message>
    <message>
        <source>the folder does not exist.</source>
        <translation>la carpeta no existe.</translation>
    </message>
</context>
<context>
    <name>winnow::ui::ReportHtmlWriter</name>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Features considered</source>
        <translation>Variables consideradas</translation>
    </message>
    <message>
        <source>ID column</source>
        <translation>Columna de ID</translation>
    </message>
    <message>
        <source>Date column</source>
        <translation>Columna de fecha</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Fecha inicial</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Fecha final</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation>Métrica</translation>
    </message>
    <message>
        <source>Features to keep</source>
        <translation>Variables que conservar</translation>
    </message>
    <message>
        <source>Generations</source>
        <translation>Generaciones</translation>
    </message>
    <message>
        <source>Population size</source>
        <translation>Tamaño de la población</translation>
    </message>
    <message>
        <source>Balance classes</source>
        <translation>Equilibrar clases</translation>
    </message>
    <message>
        <source>Test fraction</source>
        <translation>Fracción de prueba</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>Semilla aleatoria</translation>
    </message>
    <message>
        <source>Time budget (s)</source>
        <translation>Límite de tiempo (s)</translation>
    </message>
    <message>
        <source>Time per candidate (s)</source>
        <translation>Tiempo por candidato (s)</translation>
    </message>
    <message>
        <source>Most candidates</source>
        <translation>Máximo de candidatos</translation>
    </message>
    <message>
        <source>Algorithms</source>
        <translation>Algoritmos</translation>
    </message>
    <message numerus="yes">
        <source>Comparison of %n job(s)</source>
        <translation>
            <numerusform>Comparación de %n trabajo</numerusform>
            <numerusform>Comparación de %n trabajos</numerusform>
        </translation>
    </message>
    <message>
        <source>Winnow model report</source>
        <translation>Informe de modelos de Winnow</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) side by side, then each job in full.</source>
        <translation>
            <numerusform>%n trabajo lado a lado y, a continuación, cada trabajo completo.</numerusform>
            <numerusform>%n trabajos lado a lado y, a continuación, cada trabajo completo.</numerusform>
        </translation>
    </message>
    <message>
        <source>predicting %1</source>
        <translation>predice %1</translation>
    </message>
    <message>
        <source>Made with Winnow %1 on %2.</source>
        <translation>Creado con Winnow %1 el %2.</translation>
    </message>
    <message>
        <source>Models trained by winnow-engine %1.</source>
        <translation>Modelos entrenados por winnow-engine %1.</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparación</translation>
    </message>
    <message>
        <source>Test-split metrics. The best value of each row is in bold; for MSE, RMSE and MAE the smallest is best.</source>
        <translation>Métricas de la partición de prueba. El mejor valor de cada fila aparece en negrita; para MSE, RMSE y MAE, el menor es el mejor.</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Trabajo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Cross-validated score</source>
        <translation>Puntuación de validación cruzada</translation>
    </message>
    <message>
        <source>Test rows</source>
        <translation>Filas de prueba</translation>
    </message>
    <message>
        <source>Run time</source>
        <translation>Tiempo de ejecución</translation>
    </message>
    <message>
        <source>Job %1: %2</source>
        <translation>Trabajo %1: %2</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Métricas</translation>
    </message>
    <message>
        <source>Job specification</source>
        <translation>Especificación del trabajo</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Advertencias</translation>
    </message>
    <message>
        <source>Job ID</source>
        <translation>ID del trabajo</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Clases</translation>
    </message>
    <message>
        <source> (cross-validated score %1)</source>
        <translation> (puntuación de validación cruzada %1)</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>%1 to train, %2 to test</source>
        <translation>%1 para entrenamiento, %2 para prueba</translation>
    </message>
    <message numerus="yes">
        <source>%n pipeline(s) evaluated</source>
        <translation>
            <numerusform>%n pipeline evaluado</numerusform>
            <numerusform>%n pipelines evaluados</numerusform>
        </translation>
    </message>
    <message>
        <source>(stopped early: the best model found until then)</source>
        <translation>(detenido antes de tiempo: el mejor modelo encontrado hasta ese momento)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Búsqueda</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Results written</source>
        <translation>Resultados escritos</translation>
    </message>
    <message>
        <source>Engine version</source>
        <translation>Versión del motor</translation>
    </message>
    <message>
        <source>No specification recorded.</source>
        <translation>No se registró ninguna especificación.</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Métrica</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Entrenamiento</translation>
    </message>
    <message>
        <source>Test: the %1 rows held out from training and from the search. Train: the %2 rows the final model was fitted on; much better numbers there than on the test rows suggest over-fitting.</source>
        <translation>Prueba: las %1 filas apartadas del entrenamiento y de la búsqueda. Entrenamiento: las %2 filas con las que se ajustó el modelo final; si allí los valores son mucho mejores que en las filas de prueba, es probable que haya sobreajuste.</translation>
    </message>
    <message>
        <source>Confusion matrix (test)</source>
        <translation>Matriz de confusión (prueba)</translation>
    </message>
    <message>
        <source>Confusion matrix of the test split</source>
        <translation>Matriz de confusión de la partición de prueba</translation>
    </message>
    <message>
        <source>Rows are the actual classes, columns the predicted ones; each cell gives its count and its share of the row.</source>
        <translation>Las filas son las clases reales y las columnas, las predichas; cada celda indica su recuento y su proporción dentro de la fila.</translation>
    </message>
    <message>
        <source>False positive rate</source>
        <translation>Tasa de falsos positivos</translation>
    </message>
    <message>
        <source>True positive rate</source>
        <translation>Tasa de verdaderos positivos</translation>
    </message>
    <message>
        <source>Chance</source>
        <translation>Azar</translation>
    </message>
    <message>
        <source>Test (AUC %1)</source>
        <translation>Prueba (AUC %1)</translation>
    </message>
    <message>
        <source>Train (AUC %1)</source>
        <translation>Entrenamiento (AUC %1)</translation>
    </message>
    <message>
        <source>%1 (AUC %2)</source>
        <translation>%1 (AUC %2)</translation>
    </message>
    <message>
        <source>ROC curve</source>
        <translation>Curva ROC</translation>
    </message>
    <message>
        <source>How many positives the model finds (true positive rate) for each share of negatives it mistakes for positives (false positive rate), on the test and train splits.</source>
        <translation>Cuántos positivos encuentra el modelo (tasa de verdaderos positivos) por cada proporción de negativos que confunde con positivos (tasa de falsos positivos), en las particiones de prueba y de entrenamiento.</translation>
    </message>
    <message>
        <source>Each class against all others, on the test split.</source>
        <translation>Cada clase frente a todas las demás, en la partición de prueba.</translation>
    </message>
    <message>
        <source>Actual %1</source>
        <translation>Valor real de %1</translation>
    </message>
    <message>
        <source>Predicted %1</source>
        <translation>Valor predicho de %1</translation>
    </message>
    <message>
        <source>Perfect prediction</source>
        <translation>Predicción perfecta</translation>
    </message>
    <message>
        <source>Predicted against actual (test)</source>
        <translation>Predicho frente a real (prueba)</translation>
    </message>
    <message>
        <source>Predicted against actual values</source>
        <translation>Valores predichos frente a reales</translation>
    </message>
    <message>
        <source>Selected features</source>
        <translation>Variables seleccionadas</translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s) used by the model, most important first.</source>
        <translation>
            <numerusform>%n variable usada por el modelo, de la más a la menos importante.</numerusform>
            <numerusform>%n variables usadas por el modelo, de la más a la menos importante.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importance: %1.</source>
        <translation>Importancia: %1.</translation>
    </message>
    <message>
        <source>Feature importance</source>
        <translation>Importancia de las variables</translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s) used by the model; the learner does not rank them.</source>
        <translation>
            <numerusform>%n variable usada por el modelo; el algoritmo de aprendizaje no la ordena por importancia.</numerusform>
            <numerusform>%n variables usadas por el modelo; el algoritmo de aprendizaje no las ordena por importancia.</numerusform>
        </translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>Importancia</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>The fitted steps in order; the last one is the learner.</source>
        <translation>Los pasos ajustados, en orden; el último es el algoritmo de aprendizaje.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parámetros</translation>
    </message>
    <message>
        <source>(defaults)</source>
        <translation>(valores predeterminados)</translation>
    </message>
</context>
<context>
    <name>winnow::ui::ReportPdfWriter</name>
    <message>
        <source>WINNOW MODEL REPORT</source>
        <translation>INFORME DE MODELOS DE WINNOW</translation>
    </message>
    <message>
        <source>Could not start writing the PDF.</source>
        <translation>No se pudo empezar a escribir el PDF.</translation>
    </message>
    <message>
        <source>Made with Winnow %1 on %2</source>
        <translation>Creado con Winnow %1 el %2</translation>
    </message>
    <message>
        <source>Could not add page %1 to the PDF.</source>
        <translation>No se pudo añadir la página %1 al PDF.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Could not finish writing the PDF.</source>
        <translation>No se pudo terminar de escribir el PDF.</translation>
    </message>
</context>
<context>
    <name>winnow::ui::ReportText</name>
    <message>
        <source>Accuracy</source>
        <translation>Exactitud</translation>
    </message>
    <message>
        <source>Balanced accuracy</source>
        <translation>Exactitud equilibrada</translation>
    </message>
    <message>
        <source>ROC AUC</source>
        <translation>ROC AUC</translation>
    </message>
    <message>
        <source>KS</source>
        <translation>KS</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Precisión</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Exhaustividad</translation>
    </message>
    <message>
        <source>F1 (macro average)</source>
        <translation>F1 (promedio macro)</translation>
    </message>
    <message>
        <source>Precision (macro average)</source>
        <translation>Precisión (promedio macro)</translation>
    </message>
    <message>
        <source>Recall (macro average)</source>
        <translation>Exhaustividad (promedio macro)</translation>
    </message>
    <message>
        <source>MSE</source>
        <translation>MSE</translation>
    </message>
    <message>
        <source>RMSE</source>
        <translation>RMSE</translation>
    </message>
    <message>
        <source>MAE</source>
        <translation>MAE</translation>
    </message>
    <message>
        <source>R²</source>
        <translation>R²</translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation>Matriz de confusión</translation>
    </message>
    <message>
        <source>%1 (class %2)</source>
        <translation>%1 (clase %2)</translation>
    </message>
    <message>
        <source>Binary classification</source>
        <translation>Clasificación binaria</translation>
    </message>
    <message>
        <source>Multiclass classification</source>
        <translation>Clasificación multiclase</translation>
    </message>
    <message>
        <source>Regression</source>
        <translation>Regresión</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Clasificación</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message numerus="yes">
        <source>… %n more</source>
        <translation>
            <numerusform>… y %n más</numerusform>
            <numerusform>… y %n más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>winnow::ui::ResultChartTab</name>
    <message>
        <source>Ro&amp;ws:</source>
        <translation>&amp;Filas:</translation>
    </message>
    <message>
        <source>test split</source>
        <translation>partición de prueba</translation>
    </message>
    <message>
        <source>train split</source>
        <translation>partición de entrenamiento</translation>
    </message>
    <message>
        <source>%1 on the %2 (%3 rows)</source>
        <translation>%1 en la %2 (%3 filas)</translation>
    </message>
    <message>
        <source>%1 on the %2</source>
        <translation>%1 en la %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>winnow::ui::ResultChartView</name>
    <message>
        <source>&amp;Copy Image</source>
        <translation>C&amp;opiar imagen</translation>
    </message>
    <message>
        <source>Copy the chart to the clipboard as an image</source>
        <translation>Copia el gráfico al portapapeles como imagen</translation>
    </message>
    <message>
        <source>&amp;Save Image…</source>
        <translation>&amp;Guardar imagen…</translation>
    </message>
    <message>
        <source>Save the chart as an image file</source>
        <translation>Guarda el gráfico como archivo de imagen</translation>
    </message>
    <message>
        <source>Copied the chart to the clipboard.</source>
        <translation>Se copió el gráfico al portapapeles.</translation>
    </message>
    <message>
        <source>chart</source>
        <translation>grafico</translation>
    </message>
    <message>
        <source>Save Chart Image</source>
        <translation>Guardar imagen del gráfico</translation>
    </message>
    <message>
        <source>PNG images (*.png);;JPEG images (*.jpg *.jpeg)</source>
        <translation>Imágenes PNG (*.png);;Imágenes JPEG (*.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Saved the chart to %1.</source>
        <translation>Se guardó el gráfico en %1.</translation>
    </message>
    <message>
        <source>Could not save the chart to %1: check that the folder exists and can be written to.</source>
        <translation>No se pudo guardar el gráfico en %1: comprueba que la carpeta existe y que se puede escribir en ella.</translation>
    </message>
</context>
<context>
    <name>winnow::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Backends</source>
        <translation>Backends</translation>
    </message>
    <message>
        <source>Remote services to run jobs on, and their API keys</source>
        <translation>Servicios remotos en los que ejecutar trabajos y sus claves de API</translation>
    </message>
    <message>
        <source>Could not save the settings in %1.</source>
        <translation>No se pudo guardar la configuración en %1.</translation>
    </message>
    <message>
        <source>Saving the API keys…</source>
        <translation>Guardando las claves de API…</translation>
    </message>
    <message>
        <source>Winnow will use the new data folder after it restarts.</source>
        <translation>Winnow usará la nueva carpeta de datos cuando se reinicie.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Configuración guardada.</translation>
    </message>
</context>
<context>
    <name>winnow::ui::SplitComboBox</name>
    <message>
        <source>Test split</source>
        <translation>Partición de prueba</translation>
    </message>
    <message>
        <source>Rows held out from training: how the model does on new data</source>
        <translation>Filas apartadas del entrenamiento: cómo se comporta el modelo con datos nuevos</translation>
    </message>
    <message>
        <source>Train split</source>
        <translation>Partición de entrenamiento</translation>
    </message>
    <message>
        <source>Rows the model was fitted on</source>
        <translation>Filas con las que se ajustó el modelo</translation>
    </message>
    <message>
        <source>The rows the results are measured on</source>
        <translation>Las filas en las que se miden los resultados</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Partición</translation>
    </message>
</context>
<context>
    <name>winnow::ui::report_charts</name>
    <message>
        <source>Predicted</source>
        <translation>Clase predicha</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Clase real</translation>
    </message>
</context>
</TS>
