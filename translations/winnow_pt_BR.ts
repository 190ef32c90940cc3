<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>EngineEventText</name>
    <message>
        <source>Candidate %1, %2: %3 %4 in %5 s</source>
        <translation>Candidato %1, %2: %3 %4 em %5 s</translation>
    </message>
    <message>
        <source> — best so far</source>
        <translation> — o melhor até agora</translation>
    </message>
    <message>
        <source>Candidate %1, %2: timed out after %3 s</source>
        <translation>Candidato %1, %2: tempo esgotado após %3 s</translation>
    </message>
    <message>
        <source>Candidate %1, %2: failed: %3</source>
        <translation>Candidato %1, %2: falhou: %3</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Iniciando</translation>
    </message>
    <message>
        <source>Analysing data</source>
        <translation>Analisando os dados</translation>
    </message>
    <message>
        <source>Preparing features</source>
        <translation>Preparando as variáveis</translation>
    </message>
    <message>
        <source>Searching for the best pipeline</source>
        <translation>Procurando o melhor pipeline</translation>
    </message>
    <message>
        <source>Training the best model</source>
        <translation>Treinando o melhor modelo</translation>
    </message>
    <message>
        <source>Writing the results</source>
        <translation>Gravando os resultados</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falhou</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Parado</translation>
    </message>
    <message>
        <source> (best score %1)</source>
        <translation> (melhor pontuação %1)</translation>
    </message>
    <message>
        <source>%1  Warning: %2</source>
        <translation>%1  Aviso: %2</translation>
    </message>
    <message>
        <source>%1  Error: %2</source>
        <translation>%1  Erro: %2</translation>
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
        <translation>Acurácia</translation>
    </message>
    <message>
        <source>Balanced accuracy</source>
        <translation>Acurácia balanceada</translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation>Matriz de confusão</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Precisão</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Revocação</translation>
    </message>
    <message>
        <source>F1 score</source>
        <translation>Pontuação F1</translation>
    </message>
    <message>
        <source>KS statistic</source>
        <translation>Estatística KS</translation>
    </message>
    <message>
        <source>ROC AUC</source>
        <translation>ROC AUC</translation>
    </message>
    <message>
        <source>Precision (macro average)</source>
        <translation>Precisão (média macro)</translation>
    </message>
    <message>
        <source>Recall (macro average)</source>
        <translation>Revocação (média macro)</translation>
    </message>
    <message>
        <source>F1 score (macro average)</source>
        <translation>Pontuação F1 (média macro)</translation>
    </message>
    <message>
        <source>Mean squared error</source>
        <translation>Erro quadrático médio</translation>
    </message>
    <message>
        <source>Root mean squared error</source>
        <translation>Raiz do erro quadrático médio</translation>
    </message>
    <message>
        <source>Mean absolute error</source>
        <translation>Erro absoluto médio</translation>
    </message>
    <message>
        <source>R² (coefficient of determination)</source>
        <translation>R² (coeficiente de determinação)</translation>
    </message>
    <message>
        <source>True negatives</source>
        <translation>Verdadeiros negativos</translation>
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
        <translation>Verdadeiros positivos</translation>
    </message>
    <message>
        <source>Share of rows predicted correctly.</source>
        <translation>Proporção de linhas previstas corretamente.</translation>
    </message>
    <message>
        <source>Mean of the recalls of the classes, so each class counts the same however rare.</source>
        <translation>Média das revocações das classes, de modo que cada classe conta igualmente, por mais rara que seja.</translation>
    </message>
    <message>
        <source>Of the rows predicted as the class, the share that are.</source>
        <translation>Das linhas previstas como da classe, a proporção que de fato é dela.</translation>
    </message>
    <message>
        <source>Of the rows of the class, the share predicted as it.</source>
        <translation>Das linhas da classe, a proporção prevista como dela.</translation>
    </message>
    <message>
        <source>Harmonic mean of the class&apos;s precision and recall.</source>
        <translation>Média harmônica da precisão e da revocação da classe.</translation>
    </message>
    <message>
        <source>Kolmogorov–Smirnov statistic: the largest gap between the shares of positives and negatives above a threshold. 0 means no separation, 1 perfect separation.</source>
        <translation>Estatística de Kolmogorov–Smirnov: a maior diferença entre as proporções de positivos e de negativos acima de um limiar. 0 significa nenhuma separação; 1, separação perfeita.</translation>
    </message>
    <message>
        <source>Area under the ROC curve: the chance that a random positive is scored above a random negative.</source>
        <translation>Área sob a curva ROC: a probabilidade de um positivo aleatório receber uma pontuação maior que a de um negativo aleatório.</translation>
    </message>
    <message>
        <source>Area under the ROC curve of the class against all others.</source>
        <translation>Área sob a curva ROC da classe contra todas as outras.</translation>
    </message>
    <message>
        <source>Unweighted mean of the classes&apos; precisions.</source>
        <translation>Média não ponderada das precisões das classes.</translation>
    </message>
    <message>
        <source>Unweighted mean of the classes&apos; recalls.</source>
        <translation>Média não ponderada das revocações das classes.</translation>
    </message>
    <message>
        <source>Unweighted mean of the classes&apos; F1 scores.</source>
        <translation>Média não ponderada das pontuações F1 das classes.</translation>
    </message>
    <message>
        <source>Mean of the squared errors; smaller is better.</source>
        <translation>Média dos erros ao quadrado; quanto menor, melhor.</translation>
    </message>
    <message>
        <source>Square root of the mean squared error, in the target&apos;s own units; smaller is better.</source>
        <translation>Raiz quadrada do erro quadrático médio, nas próprias unidades do alvo; quanto menor, melhor.</translation>
    </message>
    <message>
        <source>Mean of the absolute errors; smaller is better.</source>
        <translation>Média dos erros absolutos; quanto menor, melhor.</translation>
    </message>
    <message>
        <source>1 is perfect, 0 is no better than always predicting the mean, below 0 is worse.</source>
        <translation>1 é perfeito, 0 não é melhor do que sempre prever a média, abaixo de 0 é pior.</translation>
    </message>
    <message>
        <source>Rows of the negative class predicted negative.</source>
        <translation>Linhas da classe negativa previstas como negativas.</translation>
    </message>
    <message>
        <source>Rows of the negative class predicted positive.</source>
        <translation>Linhas da classe negativa previstas como positivas.</translation>
    </message>
    <message>
        <source>Rows of the positive class predicted negative.</source>
        <translation>Linhas da classe positiva previstas como negativas.</translation>
    </message>
    <message>
        <source>Rows of the positive class predicted positive.</source>
        <translation>Linhas da classe positiva previstas como positivas.</translation>
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
        <translation>Precisão (macro)</translation>
    </message>
    <message>
        <source>Recall (macro)</source>
        <translation>Revocação (macro)</translation>
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
        <translation>Floresta aleatória</translation>
    </message>
    <message>
        <source>Extra trees</source>
        <translation>Extra trees</translation>
    </message>
    <message>
        <source>Decision tree</source>
        <translation>Árvore de decisão</translation>
    </message>
    <message>
        <source>Logistic regression</source>
        <translation>Regressão logística</translation>
    </message>
    <message>
        <source>Linear SVM</source>
        <translation>SVM linear</translation>
    </message>
    <message>
        <source>Ridge regression</source>
        <translation>Regressão ridge</translation>
    </message>
    <message>
        <source>Elastic net</source>
        <translation>Elastic net</translation>
    </message>
    <message>
        <source>k nearest neighbours</source>
        <translation>k vizinhos mais próximos</translation>
    </message>
    <message>
        <source>Naive Bayes</source>
        <translation>Naive Bayes</translation>
    </message>
    <message>
        <source>XGBoost classifier</source>
        <translation>Classificador XGBoost</translation>
    </message>
    <message>
        <source>XGBoost regressor</source>
        <translation>Regressor XGBoost</translation>
    </message>
    <message>
        <source>Random forest classifier</source>
        <translation>Classificador de floresta aleatória</translation>
    </message>
    <message>
        <source>Random forest regressor</source>
        <translation>Regressor de floresta aleatória</translation>
    </message>
    <message>
        <source>Extra trees classifier</source>
        <translation>Classificador extra trees</translation>
    </message>
    <message>
        <source>Extra trees regressor</source>
        <translation>Regressor extra trees</translation>
    </message>
    <message>
        <source>Decision tree classifier</source>
        <translation>Classificador de árvore de decisão</translation>
    </message>
    <message>
        <source>Decision tree regressor</source>
        <translation>Regressor de árvore de decisão</translation>
    </message>
    <message>
        <source>Linear SVM classifier</source>
        <translation>Classificador SVM linear</translation>
    </message>
    <message>
        <source>Linear SVM regressor</source>
        <translation>Regressor SVM linear</translation>
    </message>
    <message>
        <source>k nearest neighbours classifier</source>
        <translation>Classificador de k vizinhos mais próximos</translation>
    </message>
    <message>
        <source>k nearest neighbours regressor</source>
        <translation>Regressor de k vizinhos mais próximos</translation>
    </message>
    <message>
        <source>Gaussian naive Bayes</source>
        <translation>Naive Bayes gaussiano</translation>
    </message>
    <message>
        <source>Fill missing values</source>
        <translation>Preenchimento de valores ausentes</translation>
    </message>
    <message>
        <source>One-hot encoding</source>
        <translation>Codificação one-hot</translation>
    </message>
    <message>
        <source>Frequency encoding</source>
        <translation>Codificação por frequência</translation>
    </message>
    <message>
        <source>Date parts</source>
        <translation>Partes da data</translation>
    </message>
    <message>
        <source>Standard scaler</source>
        <translation>Padronização</translation>
    </message>
    <message>
        <source>Min–max scaler</source>
        <translation>Escalonamento mín–máx</translation>
    </message>
    <message>
        <source>Max-abs scaler</source>
        <translation>Escalonamento máx-abs</translation>
    </message>
    <message>
        <source>Robust scaler</source>
        <translation>Escalonamento robusto</translation>
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
        <translation>Variáveis polinomiais</translation>
    </message>
    <message>
        <source>Select percentile</source>
        <translation>Seleção por percentil</translation>
    </message>
    <message>
        <source>Variance threshold</source>
        <translation>Limiar de variância</translation>
    </message>
    <message>
        <source>Zero count</source>
        <translation>Contagem de zeros</translation>
    </message>
</context>
<context>
    <name>JobMetricsReader</name>
    <message>
        <source>expected an array of numbers</source>
        <translation>era esperado um array de números</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>era esperado um número</translation>
    </message>
    <message>
        <source>fpr, tpr and thresholds differ in length</source>
        <translation>fpr, tpr e thresholds têm comprimentos diferentes</translation>
    </message>
    <message>
        <source>precision and recall differ in length</source>
        <translation>precision e recall têm comprimentos diferentes</translation>
    </message>
    <message>
        <source>thresholds, cdfPositive and cdfNegative differ in length</source>
        <translation>thresholds, cdfPositive e cdfNegative têm comprimentos diferentes</translation>
    </message>
    <message>
        <source>the matrix has %1 rows for %2 labels</source>
        <translation>a matriz tem %1 linhas para %2 rótulos</translation>
    </message>
    <message>
        <source>the matrix is not square</source>
        <translation>a matriz não é quadrada</translation>
    </message>
    <message>
        <source>actual and predicted differ in length</source>
        <translation>actual e predicted têm comprimentos diferentes</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 does not exist: the job&apos;s results are incomplete or were moved</source>
        <translation>%1 não existe: os resultados do trabalho estão incompletos ou foram movidos</translation>
    </message>
    <message>
        <source>could not read %1: %2</source>
        <translation>não foi possível ler %1: %2</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at offset %2)</source>
        <translation>não é um JSON válido (%1 na posição %2)</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>era esperado um objeto JSON</translation>
    </message>
    <message>
        <source>the &quot;winnow&quot; part is missing: this file was not written by winnow-engine</source>
        <translation>a parte &quot;winnow&quot; está ausente: este arquivo não foi gravado pelo winnow-engine</translation>
    </message>
    <message>
        <source>unknown task &quot;%1&quot; in winnow.task</source>
        <translation>tarefa desconhecida &quot;%1&quot; em winnow.task</translation>
    </message>
    <message>
        <source>Binary classification</source>
        <translation>Classificação binária</translation>
    </message>
    <message>
        <source>Multiclass classification</source>
        <translation>Classificação multiclasse</translation>
    </message>
    <message>
        <source>Regression</source>
        <translation>Regressão</translation>
    </message>
</context>
<context>
    <name>MetricEntryBuilder</name>
    <message>
        <source>%1, class %2</source>
        <translation>%1, classe %2</translation>
    </message>
    <message>
        <source>Rows of class %1 predicted as %2</source>
        <translation>Linhas da classe %1 previstas como %2</translation>
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
        <translation>indefinido</translation>
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
        <translation>Taxa de falsos positivos</translation>
    </message>
    <message>
        <source>True positive rate</source>
        <translation>Taxa de verdadeiros positivos</translation>
    </message>
    <message>
        <source>Chance (AUC 0.500)</source>
        <translation>Acaso (AUC 0,500)</translation>
    </message>
    <message>
        <source>above every score: no row predicted positive</source>
        <translation>acima de todas as pontuações: nenhuma linha prevista como positiva</translation>
    </message>
    <message>
        <source>%1 or more</source>
        <translation>%1 ou mais</translation>
    </message>
    <message>
        <source>%1
Threshold: %2
False positive rate: %3
True positive rate: %4</source>
        <translation>%1
Limiar: %2
Taxa de falsos positivos: %3
Taxa de verdadeiros positivos: %4</translation>
    </message>
    <message>
        <source>Threshold (probability of class %1)</source>
        <translation>Limiar (probabilidade da classe %1)</translation>
    </message>
    <message>
        <source>Share of rows scored below the threshold</source>
        <translation>Proporção de linhas com pontuação abaixo do limiar</translation>
    </message>
    <message>
        <source>%1
Threshold: %2
Share below it: %3</source>
        <translation>%1
Limiar: %2
Proporção abaixo dele: %3</translation>
    </message>
    <message>
        <source>Positives (class %1)</source>
        <translation>Positivos (classe %1)</translation>
    </message>
    <message>
        <source>Negatives (class %1)</source>
        <translation>Negativos (classe %1)</translation>
    </message>
    <message>
        <source>KS %1 at threshold %2</source>
        <translation>KS %1 no limiar %2</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Revocação</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Precisão</translation>
    </message>
    <message>
        <source>No skill (%1)</source>
        <translation>Sem poder preditivo (%1)</translation>
    </message>
    <message>
        <source>Precision–recall (AP %1)</source>
        <translation>Precisão–revocação (AP %1)</translation>
    </message>
    <message>
        <source>%1 (AP %2)</source>
        <translation>%1 (AP %2)</translation>
    </message>
    <message>
        <source>above every score</source>
        <translation>acima de todas as pontuações</translation>
    </message>
    <message>
        <source>%1
Threshold: %2
Recall: %3
Precision: %4</source>
        <translation>%1
Limiar: %2
Revocação: %3
Precisão: %4</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>Importância</translation>
    </message>
    <message>
        <source>Test score lost when the column is shuffled</source>
        <translation>Pontuação de teste perdida quando a coluna é embaralhada</translation>
    </message>
    <message>
        <source>%1
Importance: %2</source>
        <translation>%1
Importância: %2</translation>
    </message>
    <message>
        <source>target</source>
        <translation>alvo</translation>
    </message>
    <message>
        <source>Actual %1</source>
        <translation>%1 (real)</translation>
    </message>
    <message>
        <source>Predicted %1</source>
        <translation>%1 (previsto)</translation>
    </message>
    <message>
        <source>Perfect prediction</source>
        <translation>Previsão perfeita</translation>
    </message>
    <message>
        <source>Rows (%1)</source>
        <translation>Linhas (%1)</translation>
    </message>
    <message>
        <source>Actual: %1
Predicted: %2
Residual: %3</source>
        <translation>Real: %1
Previsto: %2
Resíduo: %3</translation>
    </message>
    <message>
        <source>Residual: actual − predicted %1</source>
        <translation>Resíduo: real − previsto de %1</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Linhas</translation>
    </message>
    <message>
        <source>Rows per residual range</source>
        <translation>Linhas por faixa de resíduo</translation>
    </message>
    <message>
        <source>Residuals from %1 to %2
Rows: %3</source>
        <translation>Resíduos de %1 a %2
Linhas: %3</translation>
    </message>
    <message>
        <source>No error</source>
        <translation>Sem erro</translation>
    </message>
</context>
<context>
    <name>winnow::app</name>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 é um arquivo, não uma pasta.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Não foi possível criar a pasta %1.</translation>
    </message>
    <message>
        <source>Cannot write to the folder %1.</source>
        <translation>Não é possível gravar na pasta %1.</translation>
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
        <translation>Mostra esta ajuda e sai.</translation>
    </message>
    <message>
        <source>Show Winnow&apos;s version and quit.</source>
        <translation>Mostra a versão do Winnow e sai.</translation>
    </message>
    <message>
        <source>Keep jobs and their results in &lt;folder&gt; instead of %1.</source>
        <translation>Guarda os trabalhos e seus resultados em &lt;pasta&gt;, em vez de %1.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>pasta</translation>
    </message>
    <message>
        <source>Winnow finds good machine-learning models for tables: give it a CSV file and the column to predict.</source>
        <translation>O Winnow encontra bons modelos de aprendizado de máquina para tabelas: dê a ele um arquivo CSV e a coluna a prever.</translation>
    </message>
    <message>
        <source>CSV files (.csv or .csv.gz) to start a job from.</source>
        <translation>Arquivos CSV (.csv ou .csv.gz) com os quais iniciar um trabalho.</translation>
    </message>
    <message>
        <source>[file.csv...]</source>
        <translation>[arquivo.csv...]</translation>
    </message>
    <message>
        <source>Try &apos;%1 --help&apos; for more information.</source>
        <translation>Experimente &apos;%1 --help&apos; para mais informações.</translation>
    </message>
</context>
<context>
    <name>winnow::app::Workspace</name>
    <message>
        <source>Winnow could not open its job history: %1.

Winnow works on a temporary history until it is restarted: jobs you run now are not kept. The file was left as it was.</source>
        <translation>O Winnow não conseguiu abrir o histórico de trabalhos: %1.

O Winnow usará um histórico temporário até ser reiniciado: os trabalhos executados agora não serão guardados. O arquivo foi deixado como estava.</translation>
    </message>
    <message>
        <source>Jobs cannot run on this computer: %1.</source>
        <translation>Os trabalhos não podem ser executados neste computador: %1.</translation>
    </message>
    <message>
        <source>The job history could not be read: %1</source>
        <translation>Não foi possível ler o histórico de trabalhos: %1</translation>
    </message>
    <message>
        <source>Working on a temporary job history: jobs you run now are not kept after Winnow closes.</source>
        <translation>Usando um histórico de trabalhos temporário: os trabalhos executados agora não serão guardados depois que o Winnow for fechado.</translation>
    </message>
    <message>
        <source>No backend can run jobs: %1</source>
        <translation>Nenhum back-end pode executar trabalhos: %1</translation>
    </message>
    <message>
        <source>The chosen backend is gone.</source>
        <translation>O back-end escolhido não existe mais.</translation>
    </message>
    <message>
        <source>The job “%1” could not start</source>
        <translation>Não foi possível iniciar o trabalho “%1”</translation>
    </message>
    <message>
        <source>“%1” could not be stopped</source>
        <translation>Não foi possível parar “%1”</translation>
    </message>
    <message>
        <source>“%1” could not be cloned</source>
        <translation>Não foi possível clonar “%1”</translation>
    </message>
    <message>
        <source>%1: its backend is not set up.</source>
        <translation>%1: seu back-end não está configurado.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (cópia)</translation>
    </message>
    <message>
        <source>“%1” could not be deleted</source>
        <translation>Não foi possível excluir “%1”</translation>
    </message>
    <message>
        <source>“%1” could not be deleted: %2</source>
        <translation>Não foi possível excluir “%1”: %2</translation>
    </message>
    <message>
        <source>The results of “%1” cannot be downloaded: its backend is not set up.</source>
        <translation>Os resultados de “%1” não podem ser baixados: seu back-end não está configurado.</translation>
    </message>
    <message>
        <source>“%1” can only predict where it was trained, and its backend does not predict here.</source>
        <translation>“%1” só pode fazer previsões onde foi treinado, e seu back-end não faz previsões aqui.</translation>
    </message>
    <message>
        <source>Jobs no longer run here.</source>
        <translation>Os trabalhos não são mais executados aqui.</translation>
    </message>
    <message numerus="yes">
        <source>Compare %n Jobs</source>
        <translation>
            <numerusform>Comparar %n trabalho</numerusform>
            <numerusform>Comparar %n trabalhos</numerusform>
        </translation>
    </message>
    <message>
        <source>Winnow uses the new data folder from its next start.</source>
        <translation>O Winnow usará a nova pasta de dados a partir da próxima inicialização.</translation>
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
        <translation>nenhuma chave de API está armazenada para este back-end</translation>
    </message>
    <message>
        <source>the keychain could not delete it (%1)</source>
        <translation>o chaveiro não conseguiu excluí-la (%1)</translation>
    </message>
    <message>
        <source>access to the keychain was refused</source>
        <translation>o acesso ao chaveiro foi recusado</translation>
    </message>
    <message>
        <source>the keychain denied access (%1)</source>
        <translation>o chaveiro negou o acesso (%1)</translation>
    </message>
    <message>
        <source>no keychain is available; start and unlock your desktop&apos;s keyring (GNOME Keyring or KWallet) and try again</source>
        <translation>nenhum chaveiro está disponível; inicie e desbloqueie o chaveiro da sua área de trabalho (GNOME Keyring ou KWallet) e tente novamente</translation>
    </message>
    <message>
        <source>this system has no keychain Winnow can use</source>
        <translation>este sistema não tem um chaveiro que o Winnow possa usar</translation>
    </message>
    <message>
        <source>the keychain failed</source>
        <translation>o chaveiro falhou</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>Could not read the API key</source>
        <translation>Não foi possível ler a chave de API</translation>
    </message>
    <message>
        <source>Could not save the API key</source>
        <translation>Não foi possível salvar a chave de API</translation>
    </message>
    <message>
        <source>Could not delete the API key</source>
        <translation>Não foi possível excluir a chave de API</translation>
    </message>
    <message>
        <source>Could not use the keychain: the backend has no id.</source>
        <translation>Não foi possível usar o chaveiro: o back-end não tem id.</translation>
    </message>
</context>
<context>
    <name>winnow::client::BackendConfig</name>
    <message>
        <source>ML Hub (production)</source>
        <translation>ML Hub (produção)</translation>
    </message>
    <message>
        <source>ML Hub (staging)</source>
        <translation>ML Hub (homologação)</translation>
    </message>
    <message>
        <source>Custom URL</source>
        <translation>URL personalizada</translation>
    </message>
    <message>
        <source>Give the backend a name.</source>
        <translation>Dê um nome ao back-end.</translation>
    </message>
    <message>
        <source>Enter the service&apos;s address, such as https://automl.example.com.</source>
        <translation>Digite o endereço do serviço, como https://automl.example.com.</translation>
    </message>
    <message>
        <source>The address is not a valid URL: %1</source>
        <translation>O endereço não é uma URL válida: %1</translation>
    </message>
    <message>
        <source>The address must start with https:// or http://.</source>
        <translation>O endereço deve começar com https:// ou http://.</translation>
    </message>
    <message>
        <source>The address has no host name.</source>
        <translation>O endereço não tem nome de host.</translation>
    </message>
</context>
<context>
    <name>winnow::client::BackendConfigStore</name>
    <message>
        <source>Could not save the backends: %1 cannot be written.</source>
        <translation>Não foi possível salvar os back-ends: %1 não pode ser gravado.</translation>
    </message>
    <message>
        <source>Could not save the backends: %1 is damaged.</source>
        <translation>Não foi possível salvar os back-ends: %1 está danificado.</translation>
    </message>
</context>
<context>
    <name>winnow::client::ConnectionTestJob</name>
    <message>
        <source>%1 answered, but not with an ML Hub list of jobs; is this the address of an ML Hub AutoML service?</source>
        <translation>%1 respondeu, mas não com uma lista de trabalhos do ML Hub; este é o endereço de um serviço de AutoML do ML Hub?</translation>
    </message>
</context>
<context>
    <name>winnow::client::NetworkJob</name>
    <message>
        <source>The request could not be sent.</source>
        <translation>Não foi possível enviar a solicitação.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds.</source>
        <translation>%1 não respondeu em %2 segundos.</translation>
    </message>
    <message>
        <source>%1 refused the API key (%2).</source>
        <translation>%1 recusou a chave de API (%2).</translation>
    </message>
    <message>
        <source>%1 has no ML Hub AutoML service at %2 (%3).</source>
        <translation>%1 não tem um serviço de AutoML do ML Hub em %2 (%3).</translation>
    </message>
    <message>
        <source>%1 is receiving too many requests; try again later (%2).</source>
        <translation>%1 está recebendo solicitações demais; tente novamente mais tarde (%2).</translation>
    </message>
    <message>
        <source>%1 redirected the request to another server (%2); Winnow follows redirects only within the same server.</source>
        <translation>%1 redirecionou a solicitação para outro servidor (%2); o Winnow só segue redirecionamentos dentro do mesmo servidor.</translation>
    </message>
    <message>
        <source>%1 had a problem answering (%2).</source>
        <translation>%1 teve um problema ao responder (%2).</translation>
    </message>
    <message>
        <source>%1 answered %2.</source>
        <translation>%1 respondeu %2.</translation>
    </message>
    <message>
        <source>The service said: “%1”</source>
        <translation>O serviço disse: “%1”</translation>
    </message>
    <message>
        <source>Could not connect to %1: the connection was refused. Is the service running, and is the address right?</source>
        <translation>Não foi possível conectar a %1: a conexão foi recusada. O serviço está em execução e o endereço está correto?</translation>
    </message>
    <message>
        <source>Could not find the server %1. Check the address and your network connection.</source>
        <translation>Não foi possível encontrar o servidor %1. Verifique o endereço e sua conexão de rede.</translation>
    </message>
    <message>
        <source>%1 closed the connection before answering.</source>
        <translation>%1 fechou a conexão antes de responder.</translation>
    </message>
    <message>
        <source>Could not open a secure connection to %1: %2</source>
        <translation>Não foi possível abrir uma conexão segura com %1: %2</translation>
    </message>
    <message>
        <source>The network is not available.</source>
        <translation>A rede não está disponível.</translation>
    </message>
    <message>
        <source>%1 redirected the request elsewhere; Winnow follows redirects only within the same server.</source>
        <translation>%1 redirecionou a solicitação para outro lugar; o Winnow só segue redirecionamentos dentro do mesmo servidor.</translation>
    </message>
    <message>
        <source>%1 is not an http:// or https:// address.</source>
        <translation>%1 não é um endereço http:// ou https://.</translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation>Não foi possível alcançar %1: %2</translation>
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
        <translation>Este computador</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (cópia)</translation>
    </message>
</context>
<context>
    <name>winnow::models</name>
    <message>
        <source>Pending</source>
        <translation>Pendente</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Em execução</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falhou</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Parado</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrompido</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconhecido</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Classificação</translation>
    </message>
    <message>
        <source>Regression</source>
        <translation>Regressão</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Hoje, %1</translation>
    </message>
    <message>
        <source>Yesterday, %1</source>
        <translation>Ontem, %1</translation>
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
        <translation>Back-end sem nome</translation>
    </message>
</context>
<context>
    <name>winnow::models::BackendListModel</name>
    <message>
        <source>All jobs</source>
        <translation>Todos os trabalhos</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s)</source>
        <translation>
            <numerusform>%n trabalho</numerusform>
            <numerusform>%n trabalhos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n em execução</numerusform>
            <numerusform>%n em execução</numerusform>
        </translation>
    </message>
    <message>
        <source>This service is no longer set up; its past jobs remain.</source>
        <translation>Este serviço não está mais configurado; seus trabalhos anteriores permanecem.</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n job(s)</source>
        <translation>
            <numerusform>%1, %n trabalho</numerusform>
            <numerusform>%1, %n trabalhos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>winnow::models::BackendRegistry</name>
    <message>
        <source>This computer</source>
        <translation>Este computador</translation>
    </message>
</context>
<context>
    <name>winnow::models::CandidateListModel</name>
    <message>
        <source>Completed</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falhou</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Tempo esgotado</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>The best candidate: its pipeline became the model.</source>
        <translation>O melhor candidato: seu pipeline se tornou o modelo.</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Posição</translation>
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
        <translation>Pontuação</translation>
    </message>
    <message>
        <source>Fit time</source>
        <translation>Tempo de ajuste</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Cross-validated score in the job&apos;s scoring; smaller is better.</source>
        <translation>Pontuação de validação cruzada na métrica do trabalho; quanto menor, melhor.</translation>
    </message>
    <message>
        <source>Cross-validated score in the job&apos;s scoring; larger is better.</source>
        <translation>Pontuação de validação cruzada na métrica do trabalho; quanto maior, melhor.</translation>
    </message>
    <message>
        <source>Time spent scoring the candidate on every fold.</source>
        <translation>Tempo gasto para avaliar o candidato em todas as partições.</translation>
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
        <translation>Verdadeiro/falso</translation>
    </message>
    <message>
        <source>Categorical</source>
        <translation>Categórico</translation>
    </message>
    <message>
        <source>Date/time</source>
        <translation>Data/hora</translation>
    </message>
</context>
<context>
    <name>winnow::models::ColumnProfileModel</name>
    <message>
        <source>Target</source>
        <translation>Alvo</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Date filter</source>
        <translation>Filtro de data</translation>
    </message>
    <message>
        <source>%1 is the target: it is what the job predicts, never a feature</source>
        <translation>%1 é o alvo: é o que o trabalho prevê, nunca uma variável</translation>
    </message>
    <message>
        <source>%1 is the id column: it names rows, never a feature</source>
        <translation>%1 é a coluna de id: identifica as linhas, nunca é uma variável</translation>
    </message>
    <message>
        <source>%1 is considered as a feature</source>
        <translation>%1 é considerada como variável</translation>
    </message>
    <message>
        <source>%1 is left out</source>
        <translation>%1 fica de fora</translation>
    </message>
    <message>
        <source>Chosen: %1 (the engine would read %2)</source>
        <translation>Escolhido: %1 (o mecanismo leria como %2)</translation>
    </message>
    <message>
        <source>As the engine reads it; double-click to choose another type</source>
        <translation>Como o mecanismo a lê; clique duas vezes para escolher outro tipo</translation>
    </message>
    <message>
        <source>Every sampled row has its own value</source>
        <translation>Cada linha da amostra tem um valor próprio</translation>
    </message>
    <message>
        <source>The same value in every sampled row</source>
        <translation>O mesmo valor em todas as linhas da amostra</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 of %2 sampled rows have no value</source>
        <translation>%1 de %2 linhas da amostra não têm valor</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Coluna</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>Distinct</source>
        <translation>Distintos</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Ausentes</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Exemplos</translation>
    </message>
    <message>
        <source>Checked columns are the features the job considers</source>
        <translation>As colunas marcadas são as variáveis que o trabalho considera</translation>
    </message>
    <message>
        <source>How the engine reads the column; double-click to change</source>
        <translation>Como o mecanismo lê a coluna; clique duas vezes para alterar</translation>
    </message>
    <message>
        <source>Distinct values in the sampled rows</source>
        <translation>Valores distintos nas linhas da amostra</translation>
    </message>
    <message>
        <source>Share of sampled rows without a value</source>
        <translation>Proporção de linhas da amostra sem valor</translation>
    </message>
</context>
<context>
    <name>winnow::models::CsvPreviewModel</name>
    <message>
        <source>not enough memory to read the file</source>
        <translation>memória insuficiente para ler o arquivo</translation>
    </message>
    <message>
        <source>%1: %2, as chosen</source>
        <translation>%1: %2, conforme escolhido</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, as the engine reads the first %Ln row(s)</source>
        <translation>
            <numerusform>%1: %2, como o mecanismo lê a primeira %Ln linha</numerusform>
            <numerusform>%1: %2, como o mecanismo lê as primeiras %Ln linhas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>winnow::models::CsvProblem</name>
    <message>
        <source>%1, line %2, column %3: %4</source>
        <translation>%1, linha %2, coluna %3: %4</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, linha %2: %3</translation>
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
        <translation>%1, %2, %3 por cento</translation>
    </message>
    <message>
        <source>Data: %1</source>
        <translation>Dados: %1</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>Alvo: %1</translation>
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
        <translation>Decorrido: %1</translation>
    </message>
    <message>
        <source>Time left: about %1</source>
        <translation>Tempo restante: cerca de %1</translation>
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
        <translation>Ainda sem pontuação</translation>
    </message>
    <message>
        <source>Best %1: %2</source>
        <translation>Melhor %1: %2</translation>
    </message>
    <message>
        <source>%1, job %2</source>
        <translation>%1, trabalho %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Dados</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Alvo</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarefa</translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation>Métrica</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Best Score</source>
        <translation>Melhor pontuação</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Criado em</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Atualizado em</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duração</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Back-end</translation>
    </message>
    <message>
        <source>The table the job trains on</source>
        <translation>A tabela com a qual o trabalho treina</translation>
    </message>
    <message>
        <source>The column the models predict</source>
        <translation>A coluna que os modelos preveem</translation>
    </message>
    <message>
        <source>The best model&apos;s score, in the job&apos;s scoring</source>
        <translation>A pontuação do melhor modelo, na métrica do trabalho</translation>
    </message>
    <message>
        <source>How long the job ran, or has been running</source>
        <translation>Quanto tempo o trabalho durou, ou está durando</translation>
    </message>
    <message>
        <source>Where the job runs</source>
        <translation>Onde o trabalho é executado</translation>
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
        <translation>não medido</translation>
    </message>
    <message>
        <source>not defined</source>
        <translation>não definido</translation>
    </message>
    <message>
        <source>%1, best</source>
        <translation>%1, o melhor</translation>
    </message>
    <message>
        <source>The smallest error of the jobs compared.</source>
        <translation>O menor erro entre os trabalhos comparados.</translation>
    </message>
    <message>
        <source>The best value of the jobs compared.</source>
        <translation>O melhor valor entre os trabalhos comparados.</translation>
    </message>
    <message>
        <source>Metric (test split)</source>
        <translation>Métrica (conjunto de teste)</translation>
    </message>
    <message>
        <source>%1
%2, target %3</source>
        <translation>%1
%2, alvo %3</translation>
    </message>
</context>
<context>
    <name>winnow::models::JobMetricsConfusionModel</name>
    <message>
        <source>%1 of %2 rows of class %3 predicted as %4 (%5 %)</source>
        <translation>%1 de %2 linhas da classe %3 previstas como %4 (%5 %)</translation>
    </message>
    <message>
        <source>True class %1</source>
        <translation>Classe real %1</translation>
    </message>
    <message>
        <source>Predicted class %1</source>
        <translation>Classe prevista %1</translation>
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
        <translation>Data e hora</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Variável</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Alvo</translation>
    </message>
    <message>
        <source>Row id</source>
        <translation>Id da linha</translation>
    </message>
    <message>
        <source>Dropped: constant or empty</source>
        <translation>Descartada: constante ou vazia</translation>
    </message>
    <message>
        <source>Not used</source>
        <translation>Não usada</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The test score lost when this column&apos;s values are shuffled.</source>
        <translation>A pontuação de teste perdida quando os valores desta coluna são embaralhados.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Coluna</translation>
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
        <translation>Importância</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Ausentes</translation>
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
        <translation>Média</translation>
    </message>
    <message>
        <source>Std. dev.</source>
        <translation>Desvio padrão</translation>
    </message>
    <message>
        <source>Most frequent values</source>
        <translation>Valores mais frequentes</translation>
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
        <translation>Não definida neste conjunto: ele contém linhas de uma única classe.</translation>
    </message>
    <message>
        <source>not defined</source>
        <translation>não definida</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Métrica</translation>
    </message>
    <message>
        <source>Test (%1 rows)</source>
        <translation>Teste (%1 linhas)</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Teste</translation>
    </message>
    <message>
        <source>Train (%1 rows)</source>
        <translation>Treino (%1 linhas)</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Treino</translation>
    </message>
    <message>
        <source>Rows held out from training and from the search.</source>
        <translation>Linhas separadas do treino e da busca.</translation>
    </message>
    <message>
        <source>Rows the final model was fitted on. Much better numbers here than on the test split suggest over-fitting.</source>
        <translation>Linhas com as quais o modelo final foi ajustado. Números muito melhores aqui do que no conjunto de teste sugerem sobreajuste.</translation>
    </message>
</context>
<context>
    <name>winnow::ui</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
</context>
<context>
    <name>winnow::ui::AboutDialog</name>
    <message>
        <source>Windows, charts, networking and settings</source>
        <translation>Janelas, gráficos, rede e configurações</translation>
    </message>
    <message>
        <source>Gradient-boosted trees</source>
        <translation>Árvores com gradient boosting</translation>
    </message>
    <message>
        <source>Linear models and support vector machines</source>
        <translation>Modelos lineares e máquinas de vetores de suporte</translation>
    </message>
    <message>
        <source>Linear algebra</source>
        <translation>Álgebra linear</translation>
    </message>
    <message>
        <source>Reading and writing JSON</source>
        <translation>Leitura e escrita de JSON</translation>
    </message>
    <message>
        <source>Pipeline diagrams</source>
        <translation>Diagramas dos pipelines</translation>
    </message>
    <message>
        <source>Keeping credentials in the system keychain</source>
        <translation>Armazenamento de credenciais no chaveiro do sistema</translation>
    </message>
    <message>
        <source>Reading gzipped CSV files</source>
        <translation>Leitura de arquivos CSV compactados com gzip</translation>
    </message>
    <message>
        <source>The job database</source>
        <translation>O banco de dados dos trabalhos</translation>
    </message>
    <message>
        <source>Public domain</source>
        <translation>Domínio público</translation>
    </message>
    <message>
        <source>About Winnow</source>
        <translation>Sobre o Winnow</translation>
    </message>
    <message>
        <source>Winnow</source>
        <translation>Winnow</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versão %1</translation>
    </message>
    <message>
        <source>Winnow finds good machine-learning models for tables. Give it a CSV file and the column to predict: it prepares the data, tries and tunes many models on this computer or on a remote backend, and shows you how the best ones score.</source>
        <translation>O Winnow encontra bons modelos de aprendizado de máquina para tabelas. Dê a ele um arquivo CSV e a coluna a prever: ele prepara os dados, experimenta e ajusta muitos modelos neste computador ou em um back-end remoto e mostra como os melhores se saem.</translation>
    </message>
    <message>
        <source>Winnow is free software, released under the GNU General Public License, version 3 or later. &lt;a href=&quot;%1&quot;&gt;Project home page&lt;/a&gt;</source>
        <translation>O Winnow é software livre, distribuído sob a Licença Pública Geral GNU, versão 3 ou posterior. &lt;a href=&quot;%1&quot;&gt;Página do projeto&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Compilado com o Qt %1, em execução no Qt %2.</translation>
    </message>
    <message>
        <source>Winnow is built on these libraries:</source>
        <translation>O Winnow é construído sobre estas bibliotecas:</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>Usada para</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licença</translation>
    </message>
    <message>
        <source>Libraries and their licences</source>
        <translation>Bibliotecas e suas licenças</translation>
    </message>
</context>
<context>
    <name>winnow::ui::BackendSidebar</name>
    <message>
        <source>Backends</source>
        <translation>Back-ends</translation>
    </message>
</context>
<context>
    <name>winnow::ui::BackendsSettingsPage</name>
    <message>
        <source>Winnow can run jobs on ML Hub or on a Winnow server as well as on this computer. API keys are kept in the system keychain, never in Winnow&apos;s settings file.</source>
        <translation>O Winnow pode executar trabalhos neste computador e também no ML Hub ou em um servidor Winnow. As chaves de API ficam no chaveiro do sistema, nunca no arquivo de configurações do Winnow.</translation>
    </message>
    <message>
        <source>Remote backends</source>
        <translation>Back-ends remotos</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <source>Add a remote backend</source>
        <translation>Adiciona um back-end remoto</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Remove the selected backend and delete its API key</source>
        <translation>Remove o back-end selecionado e exclui sua chave de API</translation>
    </message>
    <message>
        <source>No remote backends yet.
Add one to run jobs on ML Hub or on a Winnow server.</source>
        <translation>Nenhum back-end remoto ainda.
Adicione um para executar trabalhos no ML Hub ou em um servidor Winnow.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
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
        <translation>&amp;Chave de API:</translation>
    </message>
    <message>
        <source>A name to recognise it by</source>
        <translation>Um nome pelo qual reconhecê-lo</translation>
    </message>
    <message>
        <source>Backend name</source>
        <translation>Nome do back-end</translation>
    </message>
    <message>
        <source>Backend kind</source>
        <translation>Tipo do back-end</translation>
    </message>
    <message>
        <source>ML Hub&apos;s production or staging service, or another service that speaks the ML Hub AutoML API, such as a Winnow server</source>
        <translation>O serviço de produção ou de homologação do ML Hub, ou outro serviço que implemente a API de AutoML do ML Hub, como um servidor Winnow</translation>
    </message>
    <message>
        <source>Backend URL</source>
        <translation>URL do back-end</translation>
    </message>
    <message>
        <source>https://automl.example.com</source>
        <translation>https://automl.example.com</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Chave de API</translation>
    </message>
    <message>
        <source>Stored in the system keychain. Leave empty to use no key.</source>
        <translation>Armazenada no chaveiro do sistema. Deixe em branco para não usar chave.</translation>
    </message>
    <message>
        <source>List the service&apos;s jobs with this URL and key</source>
        <translation>Lista os trabalhos do serviço com esta URL e esta chave</translation>
    </message>
    <message>
        <source>ML Hub</source>
        <translation>ML Hub</translation>
    </message>
    <message>
        <source>Reading from the keychain…</source>
        <translation>Lendo do chaveiro…</translation>
    </message>
    <message>
        <source>No API key</source>
        <translation>Nenhuma chave de API</translation>
    </message>
    <message>
        <source>The service&apos;s address, e.g. http://server:8080 for a Winnow server</source>
        <translation>O endereço do serviço, por exemplo http://server:8080 para um servidor Winnow</translation>
    </message>
    <message>
        <source>The address of this ML Hub environment</source>
        <translation>O endereço deste ambiente do ML Hub</translation>
    </message>
    <message>
        <source>Cancel Test</source>
        <translation>Cancelar teste</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Te&amp;star conexão</translation>
    </message>
    <message>
        <source>Hide API key</source>
        <translation>Ocultar a chave de API</translation>
    </message>
    <message>
        <source>Show API key</source>
        <translation>Mostrar a chave de API</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando a %1…</translation>
    </message>
    <message>
        <source>Connection test cancelled.</source>
        <translation>Teste de conexão cancelado.</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n job(s) on the service.</source>
        <translation>
            <numerusform>Conectado: %n trabalho no serviço.</numerusform>
            <numerusform>Conectado: %n trabalhos no serviço.</numerusform>
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
        <translation>Comparação de trabalhos</translation>
    </message>
    <message>
        <source>Metrics of the compared jobs</source>
        <translation>Métricas dos trabalhos comparados</translation>
    </message>
    <message>
        <source>ROC curves compared</source>
        <translation>Curvas ROC comparadas</translation>
    </message>
    <message>
        <source>Choose two or more finished jobs to compare them.</source>
        <translation>Escolha dois ou mais trabalhos concluídos para compará-los.</translation>
    </message>
    <message>
        <source>no job store</source>
        <translation>nenhum repositório de trabalhos</translation>
    </message>
    <message>
        <source>it no longer exists</source>
        <translation>não existe mais</translation>
    </message>
    <message>
        <source>it has not finished</source>
        <translation>não foi concluído</translation>
    </message>
    <message>
        <source>its results are not on this computer</source>
        <translation>seus resultados não estão neste computador</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Reading the results…</source>
        <translation>Lendo os resultados…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not compared: %1</source>
        <translation>Não comparados: %1</translation>
    </message>
    <message>
        <source>undefined</source>
        <translation>indefinida</translation>
    </message>
    <message>
        <source>%1 (AUC %2)</source>
        <translation>%1 (AUC %2)</translation>
    </message>
    <message>
        <source>ROC curves are overlaid for binary classifications; none of these jobs is one.</source>
        <translation>As curvas ROC são sobrepostas apenas em classificações binárias, e nenhum destes trabalhos é desse tipo.</translation>
    </message>
    <message>
        <source>ROC curves — test split</source>
        <translation>Curvas ROC — conjunto de teste</translation>
    </message>
</context>
<context>
    <name>winnow::ui::ConfusionMatrixHeatMap</name>
    <message>
        <source>Confusion matrix heat map</source>
        <translation>Mapa de calor da matriz de confusão</translation>
    </message>
    <message>
        <source>True class %1, predicted %1: %2 of %3 rows (%4 %), correct</source>
        <translation>Classe real %1, prevista %1: %2 de %3 linhas (%4 %), acerto</translation>
    </message>
    <message>
        <source>True class %1, predicted %2: %3 of %4 rows (%5 %), wrong</source>
        <translation>Classe real %1, prevista %2: %3 de %4 linhas (%5 %), erro</translation>
    </message>
    <message>
        <source>No confusion matrix</source>
        <translation>Nenhuma matriz de confusão</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 linhas</translation>
    </message>
    <message>
        <source>Predicted class</source>
        <translation>Classe prevista</translation>
    </message>
    <message>
        <source>True class</source>
        <translation>Classe real</translation>
    </message>
</context>
<context>
    <name>winnow::ui::ConfusionMatrixTab</name>
    <message>
        <source>&amp;Normalise by true class</source>
        <translation>&amp;Normalizar pela classe real</translation>
    </message>
    <message>
        <source>Show each true class&apos;s rows as shares adding up to 100 %, so rare classes stand out as clearly as common ones</source>
        <translation>Mostra as linhas de cada classe real como proporções que somam 100 %, para que as classes raras se destaquem tão claramente quanto as comuns</translation>
    </message>
    <message>
        <source>Show as &amp;table</source>
        <translation>Mostrar como ta&amp;bela</translation>
    </message>
    <message>
        <source>Show the numbers in a table, which screen readers and copying handle best</source>
        <translation>Mostra os números em uma tabela, o formato mais adequado para leitores de tela e para copiar</translation>
    </message>
    <message>
        <source>Ro&amp;ws:</source>
        <translation>Lin&amp;has:</translation>
    </message>
    <message>
        <source>Confusion matrix table</source>
        <translation>Tabela da matriz de confusão</translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation>Matriz de confusão</translation>
    </message>
    <message>
        <source>metadata.json has no confusion matrix for this split.</source>
        <translation>O metadata.json não tem matriz de confusão para este conjunto.</translation>
    </message>
    <message>
        <source>test split</source>
        <translation>conjunto de teste</translation>
    </message>
    <message>
        <source>train split</source>
        <translation>conjunto de treino</translation>
    </message>
    <message>
        <source>Confusion matrix on the %1: %2 of %3 rows predicted correctly</source>
        <translation>Matriz de confusão no %1: %2 de %3 linhas previstas corretamente</translation>
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
        <translation>Copiar &amp;tudo</translation>
    </message>
</context>
<context>
    <name>winnow::ui::DownloadArtifactsDialog</name>
    <message>
        <source>This job&apos;s backend cannot download results.</source>
        <translation>O back-end deste trabalho não pode baixar resultados.</translation>
    </message>
    <message>
        <source>Download Results</source>
        <translation>Baixar resultados</translation>
    </message>
    <message>
        <source>Download the results of “%1”</source>
        <translation>Baixar os resultados de “%1”</translation>
    </message>
    <message>
        <source>The model, its metadata and the job&apos;s other result files are saved into the folder you choose. Winnow creates the folder if it does not exist.</source>
        <translation>O modelo, seus metadados e os demais arquivos de resultado do trabalho são salvos na pasta que você escolher. O Winnow cria a pasta se ela não existir.</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Pasta:</translation>
    </message>
    <message>
        <source>Folder to download into</source>
        <translation>Pasta para onde baixar</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>P&amp;rocurar…</translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation>Escolhe a pasta</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>&amp;Baixar</translation>
    </message>
    <message>
        <source>&amp;Open Folder</source>
        <translation>&amp;Abrir pasta</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Progresso do download</translation>
    </message>
    <message>
        <source>Download Into</source>
        <translation>Baixar em</translation>
    </message>
    <message>
        <source>Enter a folder.</source>
        <translation>Digite uma pasta.</translation>
    </message>
    <message>
        <source>Enter a full path, or choose the folder with Browse…</source>
        <translation>Digite um caminho completo ou escolha a pasta com Procurar…</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 é um arquivo, não uma pasta.</translation>
    </message>
    <message>
        <source>The folder is not empty; files with the same names are replaced.</source>
        <translation>A pasta não está vazia; arquivos com os mesmos nomes serão substituídos.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fechar</translation>
    </message>
    <message>
        <source>&amp;Cancel Download</source>
        <translation>&amp;Cancelar download</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Não foi possível criar a pasta %1.</translation>
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
        <translation>%1 recebidos</translation>
    </message>
    <message>
        <source>The results of “%1” are in %2.</source>
        <translation>Os resultados de “%1” estão em %2.</translation>
    </message>
    <message>
        <source>Download cancelled. Files already saved in %1 were kept.</source>
        <translation>Download cancelado. Os arquivos já salvos em %1 foram mantidos.</translation>
    </message>
    <message>
        <source>The download failed: %1</source>
        <translation>O download falhou: %1</translation>
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
        <translation>Selecione um ou mais trabalhos primeiro.</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Exportar relatório</translation>
    </message>
    <message>
        <source>Export a report of “%1”</source>
        <translation>Exportar um relatório de “%1”</translation>
    </message>
    <message numerus="yes">
        <source>Export a report comparing %n job(s)</source>
        <translation>
            <numerusform>Exportar um relatório comparando %n trabalho</numerusform>
            <numerusform>Exportar um relatório comparando %n trabalhos</numerusform>
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
        <translation>Um relatório para impressão: o resumo, as métricas, a matriz de confusão, a curva ROC, as variáveis e o pipeline.</translation>
    </message>
    <message>
        <source>&amp;Web page (HTML)</source>
        <translation>Página &amp;web (HTML)</translation>
    </message>
    <message>
        <source>The same report as one self-contained file that opens in any browser, even offline.</source>
        <translation>O mesmo relatório como um único arquivo autocontido, que abre em qualquer navegador, mesmo sem conexão.</translation>
    </message>
    <message>
        <source>&amp;Metrics table (CSV)</source>
        <translation>&amp;Tabela de métricas (CSV)</translation>
    </message>
    <message>
        <source>The test and train metrics, one row per job and split, for spreadsheets and scripts.</source>
        <translation>As métricas de teste e de treino, uma linha por trabalho e conjunto, para planilhas e scripts.</translation>
    </message>
    <message>
        <source>Save &amp;as</source>
        <translation>Salvar &amp;como</translation>
    </message>
    <message>
        <source>File to save the report as</source>
        <translation>Arquivo em que salvar o relatório</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>P&amp;rocurar…</translation>
    </message>
    <message>
        <source>Choose where to save the report</source>
        <translation>Escolhe onde salvar o relatório</translation>
    </message>
    <message>
        <source>&amp;Open the report when it is saved</source>
        <translation>A&amp;brir o relatório quando for salvo</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
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
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save Report As</source>
        <translation>Salvar relatório como</translation>
    </message>
    <message>
        <source>Enter a file name.</source>
        <translation>Digite um nome de arquivo.</translation>
    </message>
    <message>
        <source>Enter a full path, or choose the file with Browse…</source>
        <translation>Digite um caminho completo ou escolha o arquivo com Procurar…</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>A pasta %1 não existe.</translation>
    </message>
    <message>
        <source>This is a folder; add a file name.</source>
        <translation>Isto é uma pasta; acrescente um nome de arquivo.</translation>
    </message>
    <message>
        <source>A file with this name exists; exporting replaces it.</source>
        <translation>Já existe um arquivo com este nome; a exportação o substituirá.</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Gravando o relatório…</translation>
    </message>
    <message>
        <source>Report saved to %1.</source>
        <translation>Relatório salvo em %1.</translation>
    </message>
    <message>
        <source>No results to report for: %1.</source>
        <translation>Nenhum resultado a relatar para: %1.</translation>
    </message>
</context>
<context>
    <name>winnow::ui::FeaturesTab</name>
    <message>
        <source>Show &amp;all columns</source>
        <translation>Mostrar todas as colu&amp;nas</translation>
    </message>
    <message>
        <source>Also list the target, the row id and the columns left out, with the reason</source>
        <translation>Lista também o alvo, o id da linha e as colunas deixadas de fora, com o motivo</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Variáveis</translation>
    </message>
    <message numerus="yes">
        <source>The model reads %n column(s).</source>
        <translation>
            <numerusform>O modelo lê %n coluna.</numerusform>
            <numerusform>O modelo lê %n colunas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importance: the test score lost when a column&apos;s values are shuffled among the rows.</source>
        <translation>Importância: a pontuação de teste perdida quando os valores de uma coluna são embaralhados entre as linhas.</translation>
    </message>
    <message>
        <source>This model reports no feature importance.</source>
        <translation>Este modelo não informa a importância das variáveis.</translation>
    </message>
    <message>
        <source>Left out as constant or empty: %1.</source>
        <translation>Deixadas de fora por serem constantes ou vazias: %1.</translation>
    </message>
</context>
<context>
    <name>winnow::ui::GeneralSettingsPage</name>
    <message>
        <source>Remote jobs</source>
        <translation>Trabalhos remotos</translation>
    </message>
    <message>
        <source>&amp;Refresh every:</source>
        <translation>&amp;Atualizar a cada:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How often Winnow asks remote backends how their jobs are doing</source>
        <translation>Com que frequência o Winnow pergunta aos back-ends remotos como estão seus trabalhos</translation>
    </message>
    <message>
        <source>New job defaults</source>
        <translation>Padrões de novos trabalhos</translation>
    </message>
    <message>
        <source>&amp;Generations:</source>
        <translation>&amp;Gerações:</translation>
    </message>
    <message>
        <source>Generations of the genetic search</source>
        <translation>Gerações da busca genética</translation>
    </message>
    <message>
        <source>&amp;Population size:</source>
        <translation>Tamanho da &amp;população:</translation>
    </message>
    <message>
        <source>Candidate pipelines in each generation</source>
        <translation>Pipelines candidatos em cada geração</translation>
    </message>
    <message>
        <source>&amp;Time budget:</source>
        <translation>&amp;Limite de tempo:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>The most a whole job may take, final model included</source>
        <translation>O máximo que um trabalho inteiro pode levar, incluindo o modelo final</translation>
    </message>
    <message>
        <source>Random &amp;seed:</source>
        <translation>&amp;Semente aleatória:</translation>
    </message>
    <message>
        <source>The same seed repeats the same splits and search</source>
        <translation>A mesma semente repete as mesmas divisões e a mesma busca</translation>
    </message>
    <message>
        <source>Test &amp;rows:</source>
        <translation>Linhas de &amp;teste:</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Share of the rows held out to measure the final model</source>
        <translation>Proporção das linhas separadas para avaliar o modelo final</translation>
    </message>
    <message>
        <source>&amp;Balance classes</source>
        <translation>&amp;Balancear classes</translation>
    </message>
    <message>
        <source>Rebalance the classes of the training rows of a classification job</source>
        <translation>Rebalanceia as classes das linhas de treino de um trabalho de classificação</translation>
    </message>
    <message>
        <source>Restore &amp;Defaults</source>
        <translation>&amp;Restaurar padrões</translation>
    </message>
    <message>
        <source>Put back the engine&apos;s own defaults</source>
        <translation>Restaura os padrões do próprio mecanismo</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Armazenamento</translation>
    </message>
    <message>
        <source>&amp;Data folder:</source>
        <translation>Pasta de &amp;dados:</translation>
    </message>
    <message>
        <source>Where Winnow keeps its job history and each job&apos;s results. Leave empty for the default folder.</source>
        <translation>Onde o Winnow guarda o histórico de trabalhos e os resultados de cada trabalho. Deixe em branco para usar a pasta padrão.</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Pasta de dados</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Pr&amp;ocurar…</translation>
    </message>
    <message>
        <source>Choose the data folder</source>
        <translation>Escolhe a pasta de dados</translation>
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
        <translation>Padrão do sistema</translation>
    </message>
    <message>
        <source>Winnow switches to the new language as soon as you apply it</source>
        <translation>O Winnow muda para o novo idioma assim que você o aplica</translation>
    </message>
    <message>
        <source>The data folder must be a full path, such as %1.</source>
        <translation>A pasta de dados deve ser um caminho completo, como %1.</translation>
    </message>
    <message>
        <source>The data folder %1 is a file.</source>
        <translation>A pasta de dados %1 é um arquivo.</translation>
    </message>
    <message>
        <source>Choose the Data Folder</source>
        <translation>Escolher a pasta de dados</translation>
    </message>
    <message>
        <source>Winnow will use this folder after it restarts. Jobs already in %1 stay there.</source>
        <translation>O Winnow usará esta pasta depois de reiniciar. Os trabalhos que já estão em %1 permanecem lá.</translation>
    </message>
</context>
<context>
    <name>winnow::ui::JobActionController</name>
    <message>
        <source>Delete Jobs</source>
        <translation>Excluir trabalhos</translation>
    </message>
    <message>
        <source>Delete the job “%1”?</source>
        <translation>Excluir o trabalho “%1”?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n jobs?</source>
        <translation>
            <numerusform>Excluir %n trabalho?</numerusform>
            <numerusform>Excluir %n trabalhos?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>e mais %n</numerusform>
            <numerusform>e mais %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Its results and models are deleted too. This cannot be undone.</source>
        <translation>Seus resultados e modelos também são excluídos. Isso não pode ser desfeito.</translation>
    </message>
    <message>
        <source>Their results and models are deleted too. This cannot be undone.</source>
        <translation>Os resultados e modelos deles também são excluídos. Isso não pode ser desfeito.</translation>
    </message>
    <message>
        <source>Running jobs are stopped first. </source>
        <translation>Os trabalhos em execução são parados primeiro. </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
</context>
<context>
    <name>winnow::ui::JobDetailsPanel</name>
    <message>
        <source>ROC curves are for classifications; this model is a regression.</source>
        <translation>As curvas ROC são para classificações; este modelo é uma regressão.</translation>
    </message>
    <message>
        <source>No ROC curve: this split holds rows of a single class.</source>
        <translation>Sem curva ROC: este conjunto contém linhas de uma única classe.</translation>
    </message>
    <message>
        <source>The KS curve is for binary classifications.</source>
        <translation>A curva KS é para classificações binárias.</translation>
    </message>
    <message>
        <source>No KS curve: this split holds rows of a single class.</source>
        <translation>Sem curva KS: este conjunto contém linhas de uma única classe.</translation>
    </message>
    <message>
        <source>Precision–recall curves are for classifications.</source>
        <translation>As curvas de precisão–revocação são para classificações.</translation>
    </message>
    <message>
        <source>No precision–recall curve: this split has no positive rows.</source>
        <translation>Sem curva de precisão–revocação: este conjunto não tem linhas positivas.</translation>
    </message>
    <message>
        <source>This model reports no feature importance.</source>
        <translation>Este modelo não informa a importância das variáveis.</translation>
    </message>
    <message>
        <source>Residuals are for regressions; this model is a classification.</source>
        <translation>Os resíduos são para regressões; este modelo é uma classificação.</translation>
    </message>
    <message>
        <source>metadata.json holds no residuals for this split.</source>
        <translation>O metadata.json não contém resíduos para este conjunto.</translation>
    </message>
    <message>
        <source>Job details</source>
        <translation>Detalhes do trabalho</translation>
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
        <translation>Curva de precisão–revocação</translation>
    </message>
    <message>
        <source>Feature importance, measured on the test split</source>
        <translation>Importância das variáveis, medida no conjunto de teste</translation>
    </message>
    <message>
        <source>Feature importance</source>
        <translation>Importância das variáveis</translation>
    </message>
    <message>
        <source>Residuals</source>
        <translation>Resíduos</translation>
    </message>
    <message>
        <source>Predicted against actual</source>
        <translation>Previsto versus real</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Visão geral</translation>
    </message>
    <message>
        <source>&amp;Metrics</source>
        <translation>&amp;Métricas</translation>
    </message>
    <message>
        <source>&amp;Confusion Matrix</source>
        <translation>Matriz de &amp;confusão</translation>
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
        <translation>&amp;Precisão–revocação</translation>
    </message>
    <message>
        <source>&amp;Importance</source>
        <translation>&amp;Importância</translation>
    </message>
    <message>
        <source>Resi&amp;duals</source>
        <translation>Resí&amp;duos</translation>
    </message>
    <message>
        <source>&amp;Leaderboard</source>
        <translation>Rankin&amp;g</translation>
    </message>
    <message>
        <source>Pipelin&amp;e</source>
        <translation>Pipe&amp;line</translation>
    </message>
    <message>
        <source>Feat&amp;ures</source>
        <translation>Variávei&amp;s</translation>
    </message>
    <message>
        <source>Lo&amp;g</source>
        <translation>L&amp;og</translation>
    </message>
    <message>
        <source>Status, timeline, data and spec of the job</source>
        <translation>Status, linha do tempo, dados e especificação do trabalho</translation>
    </message>
    <message>
        <source>Every metric on the test and train rows</source>
        <translation>Todas as métricas nas linhas de teste e de treino</translation>
    </message>
    <message>
        <source>Which classes the model confuses</source>
        <translation>Quais classes o modelo confunde</translation>
    </message>
    <message>
        <source>Receiver operating characteristic: true against false positives</source>
        <translation>Característica de operação do receptor: verdadeiros positivos versus falsos positivos</translation>
    </message>
    <message>
        <source>How far apart the model scores positives and negatives</source>
        <translation>Quanto o modelo separa as pontuações de positivos e negativos</translation>
    </message>
    <message>
        <source>Precision against recall over every threshold</source>
        <translation>Precisão versus revocação em todos os limiares</translation>
    </message>
    <message>
        <source>How much each column matters to the model</source>
        <translation>Quanto cada coluna importa para o modelo</translation>
    </message>
    <message>
        <source>How far predictions are from the truth</source>
        <translation>Quão longe as previsões estão da realidade</translation>
    </message>
    <message>
        <source>Every pipeline the search evaluated</source>
        <translation>Todos os pipelines que a busca avaliou</translation>
    </message>
    <message>
        <source>The fitted pipeline, step by step</source>
        <translation>O pipeline ajustado, passo a passo</translation>
    </message>
    <message>
        <source>The columns the model reads, with their profile</source>
        <translation>As colunas que o modelo lê, com seu perfil</translation>
    </message>
    <message>
        <source>What the engine reported while it ran</source>
        <translation>O que o mecanismo informou durante a execução</translation>
    </message>
    <message>
        <source>Export Report…</source>
        <translation>Exportar relatório…</translation>
    </message>
    <message>
        <source>Export a report of this job&apos;s results</source>
        <translation>Exporta um relatório dos resultados deste trabalho</translation>
    </message>
    <message>
        <source>Download Results…</source>
        <translation>Baixar resultados…</translation>
    </message>
    <message>
        <source>Save this job&apos;s result files to a folder</source>
        <translation>Salva os arquivos de resultado deste trabalho em uma pasta</translation>
    </message>
    <message>
        <source>Predict…</source>
        <translation>Prever…</translation>
    </message>
    <message>
        <source>Apply this job&apos;s model to new data</source>
        <translation>Aplica o modelo deste trabalho a novos dados</translation>
    </message>
    <message>
        <source>Select a job to see its details.</source>
        <translation>Selecione um trabalho para ver seus detalhes.</translation>
    </message>
    <message>
        <source>Select a job to see its results.</source>
        <translation>Selecione um trabalho para ver seus resultados.</translation>
    </message>
    <message>
        <source>Select a job to see its log.</source>
        <translation>Selecione um trabalho para ver seu log.</translation>
    </message>
    <message>
        <source>Select a job to see its leaderboard.</source>
        <translation>Selecione um trabalho para ver seu ranking de candidatos.</translation>
    </message>
    <message>
        <source>This job no longer exists.</source>
        <translation>Este trabalho não existe mais.</translation>
    </message>
    <message>
        <source>Could not read the job: %1</source>
        <translation>Não foi possível ler o trabalho: %1</translation>
    </message>
    <message>
        <source>The search has not started yet.</source>
        <translation>A busca ainda não começou.</translation>
    </message>
    <message>
        <source>Candidates appear here as the search scores them.</source>
        <translation>Os candidatos aparecem aqui à medida que a busca os avalia.</translation>
    </message>
    <message>
        <source>This job has no candidates on record.</source>
        <translation>Este trabalho não tem candidatos registrados.</translation>
    </message>
    <message>
        <source>This job was removed.</source>
        <translation>Este trabalho foi removido.</translation>
    </message>
    <message>
        <source>Results appear when the job finishes. It has not started yet.</source>
        <translation>Os resultados aparecem quando o trabalho termina. Ele ainda não começou.</translation>
    </message>
    <message>
        <source>Results appear when the job finishes. Meanwhile the Leaderboard and Log tabs follow the search.</source>
        <translation>Os resultados aparecem quando o trabalho termina. Enquanto isso, as abas Ranking e Log acompanham a busca.</translation>
    </message>
    <message>
        <source>The job failed, so there are no results. The Overview tab says why.</source>
        <translation>O trabalho falhou, então não há resultados. A aba Visão geral diz por quê.</translation>
    </message>
    <message>
        <source>The job was interrupted before it finished, so there are no results.</source>
        <translation>O trabalho foi interrompido antes de terminar, então não há resultados.</translation>
    </message>
    <message>
        <source>The results are kept by the service that ran the job. Download them to see them here.</source>
        <translation>Os resultados ficam com o serviço que executou o trabalho. Baixe-os para vê-los aqui.</translation>
    </message>
    <message>
        <source>This job has no results folder.</source>
        <translation>Este trabalho não tem pasta de resultados.</translation>
    </message>
    <message>
        <source>The job was stopped before any candidate finished, so there is no model.</source>
        <translation>O trabalho foi parado antes que algum candidato terminasse, então não há modelo.</translation>
    </message>
    <message>
        <source>The results are incomplete: %1 is missing. The folder may have been moved or deleted.</source>
        <translation>Os resultados estão incompletos: %1 está ausente. A pasta pode ter sido movida ou excluída.</translation>
    </message>
    <message>
        <source>Reading the results…</source>
        <translation>Lendo os resultados…</translation>
    </message>
    <message>
        <source>Could not read the results. %1</source>
        <translation>Não foi possível ler os resultados. %1</translation>
    </message>
    <message>
        <source>Download Re&amp;sults…</source>
        <translation>Bai&amp;xar resultados…</translation>
    </message>
    <message>
        <source>Not available: the model is a regression.</source>
        <translation>Indisponível: o modelo é uma regressão.</translation>
    </message>
    <message>
        <source>Not available: the KS curve is for two classes.</source>
        <translation>Indisponível: a curva KS é para duas classes.</translation>
    </message>
    <message>
        <source>Not available: the model is a classification.</source>
        <translation>Indisponível: o modelo é uma classificação.</translation>
    </message>
    <message>
        <source>The log starts when the job runs.</source>
        <translation>O log começa quando o trabalho é executado.</translation>
    </message>
    <message>
        <source>The service that ran this job keeps its log.</source>
        <translation>O serviço que executou este trabalho guarda o log dele.</translation>
    </message>
    <message>
        <source>No log was kept for this job.</source>
        <translation>Nenhum log foi guardado para este trabalho.</translation>
    </message>
    <message>
        <source>No log was kept for this job: %1 is missing.</source>
        <translation>Nenhum log foi guardado para este trabalho: %1 está ausente.</translation>
    </message>
</context>
<context>
    <name>winnow::ui::JobDraft</name>
    <message>
        <source>in the file</source>
        <translation>no arquivo</translation>
    </message>
    <message>
        <source>in the first %1 rows</source>
        <translation>nas primeiras %1 linhas</translation>
    </message>
    <message>
        <source>Name the feature table the service should train on.</source>
        <translation>Informe o nome da tabela de variáveis com a qual o serviço deve treinar.</translation>
    </message>
    <message>
        <source>Choose a CSV file to train on.</source>
        <translation>Escolha um arquivo CSV para o treinamento.</translation>
    </message>
    <message>
        <source>The file has a single column: a job needs a target and at least one feature. Are its values separated by , ; tab or |?</source>
        <translation>O arquivo tem uma única coluna: um trabalho precisa de um alvo e de pelo menos uma variável. Os valores estão separados por , ; tabulação ou |?</translation>
    </message>
    <message>
        <source>Choose the column to predict.</source>
        <translation>Escolha a coluna a prever.</translation>
    </message>
    <message>
        <source>The file has no column %1.</source>
        <translation>O arquivo não tem a coluna %1.</translation>
    </message>
    <message>
        <source>%1 has no values %2: there is nothing to learn.</source>
        <translation>%1 não tem valores %2: não há nada a aprender.</translation>
    </message>
    <message>
        <source>%1 is %2 in every row %3: there is nothing to learn.</source>
        <translation>%1 é %2 em todas as linhas %3: não há nada a aprender.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) %1 have no target value; the engine leaves such rows out.</source>
        <translation>
            <numerusform>%Ln linha %1 não tem valor de alvo; o mecanismo deixa essas linhas de fora.</numerusform>
            <numerusform>%Ln linhas %1 não têm valor de alvo; o mecanismo deixa essas linhas de fora.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 holds text, so a regression cannot predict it; choose classification.</source>
        <translation>%1 contém texto, então uma regressão não pode prevê-la; escolha classificação.</translation>
    </message>
    <message>
        <source>%1 has %2 distinct fractional values %3, which are not classes; choose regression.</source>
        <translation>%1 tem %2 valores fracionários distintos %3, que não são classes; escolha regressão.</translation>
    </message>
    <message>
        <source>The class %1 has a single row %2; every class needs at least 2 to be split into training and test rows.</source>
        <translation>A classe %1 tem uma única linha %2; cada classe precisa de pelo menos 2 para ser dividida em linhas de treino e de teste.</translation>
    </message>
    <message>
        <source>Unknown scoring %1.</source>
        <translation>Métrica desconhecida %1.</translation>
    </message>
    <message>
        <source>%1 cannot judge a %2 task; choose another scoring.</source>
        <translation>%1 não consegue avaliar uma tarefa de %2; escolha outra métrica.</translation>
    </message>
    <message>
        <source>The id column cannot also be the target.</source>
        <translation>A coluna de id não pode ser também o alvo.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is empty in %Ln row(s) %2; every row needs an id.</source>
        <translation>
            <numerusform>%1 está vazia em %Ln linha %2; toda linha precisa de um id.</numerusform>
            <numerusform>%1 está vazia em %Ln linhas %2; toda linha precisa de um id.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not unique: %2 appears more than once %3.</source>
        <translation>%1 não é única: %2 aparece mais de uma vez %3.</translation>
    </message>
    <message>
        <source>Choose the date column the range applies to.</source>
        <translation>Escolha a coluna de data à qual o intervalo se aplica.</translation>
    </message>
    <message>
        <source>%1 is not read as dates; make its type Date/time under Columns.</source>
        <translation>%1 não é lida como datas; defina o tipo dela como Data/hora em Colunas.</translation>
    </message>
    <message>
        <source>The start date is after the end date.</source>
        <translation>A data inicial é posterior à data final.</translation>
    </message>
    <message>
        <source>No row %1 falls in this date range.</source>
        <translation>Nenhuma linha %1 está neste intervalo de datas.</translation>
    </message>
    <message>
        <source>Check at least one feature to consider.</source>
        <translation>Marque pelo menos uma variável a considerar.</translation>
    </message>
    <message numerus="yes">
        <source>Only %Ln feature(s) are checked; the job cannot keep more.</source>
        <translation>
            <numerusform>Só %Ln variável está marcada; o trabalho não pode manter mais.</numerusform>
            <numerusform>Só %Ln variáveis estão marcadas; o trabalho não pode manter mais.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>winnow::ui::JobFilterBar</name>
    <message>
        <source>All Statuses</source>
        <translation>Todos os status</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Outro</translation>
    </message>
    <message numerus="yes">
        <source>%n Statuses</source>
        <translation>
            <numerusform>%n status</numerusform>
            <numerusform>%n status</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln job(s)</source>
        <translation>
            <numerusform>%1 de %Ln trabalho</numerusform>
            <numerusform>%1 de %Ln trabalhos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln job(s)</source>
        <translation>
            <numerusform>%Ln trabalho</numerusform>
            <numerusform>%Ln trabalhos</numerusform>
        </translation>
    </message>
    <message>
        <source>Search jobs by name or data</source>
        <translation>Pesquisar trabalhos por nome ou dados</translation>
    </message>
    <message>
        <source>Search jobs</source>
        <translation>Pesquisar trabalhos</translation>
    </message>
    <message>
        <source>Show only jobs whose name or data contains this text (%1)</source>
        <translation>Mostra apenas os trabalhos cujo nome ou dados contêm este texto (%1)</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtro de status</translation>
    </message>
    <message>
        <source>Show only jobs in the chosen statuses</source>
        <translation>Mostra apenas os trabalhos nos status escolhidos</translation>
    </message>
    <message>
        <source>Show All Statuses</source>
        <translation>Mostrar todos os status</translation>
    </message>
    <message>
        <source>Other (reported by a service)</source>
        <translation>Outro (informado por um serviço)</translation>
    </message>
    <message>
        <source>Any Time</source>
        <translation>Qualquer data</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <source>Last 7 Days</source>
        <translation>Últimos 7 dias</translation>
    </message>
    <message>
        <source>Last 30 Days</source>
        <translation>Últimos 30 dias</translation>
    </message>
    <message>
        <source>This Year</source>
        <translation>Este ano</translation>
    </message>
    <message>
        <source>Custom Range…</source>
        <translation>Intervalo personalizado…</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Criado em</translation>
    </message>
    <message>
        <source>Show only jobs created in this period</source>
        <translation>Mostra apenas os trabalhos criados neste período</translation>
    </message>
    <message>
        <source>Created from</source>
        <translation>Criado a partir de</translation>
    </message>
    <message>
        <source>Created until</source>
        <translation>Criado até</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>Limpar filtros</translation>
    </message>
    <message>
        <source>Show every job again</source>
        <translation>Mostra todos os trabalhos novamente</translation>
    </message>
</context>
<context>
    <name>winnow::ui::JobHistoryView</name>
    <message>
        <source>No jobs match the filters.
Clear the search or choose other statuses or dates to see more.</source>
        <translation>Nenhum trabalho corresponde aos filtros.
Limpe a pesquisa ou escolha outros status ou datas para ver mais.</translation>
    </message>
    <message>
        <source>No jobs here yet.</source>
        <translation>Ainda não há trabalhos aqui.</translation>
    </message>
</context>
<context>
    <name>winnow::ui::JobListEmptyState</name>
    <message>
        <source>Drop a CSV here to start a job</source>
        <translation>Solte um CSV aqui para iniciar um trabalho</translation>
    </message>
    <message>
        <source>Winnow reads CSV files, plain or gzipped. Choose the column to predict, and Winnow trains, tunes and compares models to find the best one.</source>
        <translation>O Winnow lê arquivos CSV, simples ou compactados com gzip. Escolha a coluna a prever e o Winnow treina, ajusta e compara modelos para encontrar o melhor.</translation>
    </message>
    <message>
        <source>Open CSV…</source>
        <translation>Abrir CSV…</translation>
    </message>
    <message>
        <source>Try the Sample Data</source>
        <translation>Experimentar os dados de exemplo</translation>
    </message>
    <message>
        <source>Open a small customer-churn dataset that comes with Winnow</source>
        <translation>Abre um pequeno conjunto de dados de cancelamento de clientes que acompanha o Winnow</translation>
    </message>
    <message>
        <source>A CSV file dropping into Winnow</source>
        <translation>Um arquivo CSV caindo no Winnow</translation>
    </message>
    <message>
        <source>Empty job list</source>
        <translation>Lista de trabalhos vazia</translation>
    </message>
    <message>
        <source>Drop a CSV file here, or open one, to start a job</source>
        <translation>Solte um arquivo CSV aqui, ou abra um, para iniciar um trabalho</translation>
    </message>
    <message>
        <source>Ready for a new job: %1</source>
        <translation>Pronto para um novo trabalho: %1</translation>
    </message>
</context>
<context>
    <name>winnow::ui::JobLogTab</name>
    <message>
        <source>Job log</source>
        <translation>Log do trabalho</translation>
    </message>
    <message>
        <source>Waiting for the engine&apos;s first event…</source>
        <translation>Aguardando o primeiro evento do mecanismo…</translation>
    </message>
    <message>
        <source>Engine error output</source>
        <translation>Saída de erro do mecanismo</translation>
    </message>
    <message>
        <source>Engine error output (stderr)</source>
        <translation>Saída de erro do mecanismo (stderr)</translation>
    </message>
</context>
<context>
    <name>winnow::ui::JobMetricsTab</name>
    <message>
        <source>Cop&amp;y Table</source>
        <translation>Copiar ta&amp;bela</translation>
    </message>
    <message>
        <source>Copy every metric to the clipboard, as tab-separated text</source>
        <translation>Copia todas as métricas para a área de transferência, como texto separado por tabulações</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Métricas</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, target &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, alvo &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>optimised for &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>otimizado para &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>: %1 cross-validated</source>
        <translation>: %1 com validação cruzada</translation>
    </message>
    <message numerus="yes">
        <source> over %n fold(s)</source>
        <translation>
            <numerusform> em %n partição</numerusform>
            <numerusform> em %n partições</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) evaluated</source>
        <translation>
            <numerusform>%n candidato avaliado</numerusform>
            <numerusform>%n candidatos avaliados</numerusform>
        </translation>
    </message>
    <message>
        <source>The job was stopped early: this is the best model found until then.</source>
        <translation>O trabalho foi parado antes do fim: este é o melhor modelo encontrado até então.</translation>
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
            <numerusform>Winnow — %n em execução</numerusform>
            <numerusform>Winnow — %n em execução</numerusform>
        </translation>
    </message>
    <message>
        <source>best %1 %2</source>
        <translation>melhor %1 %2</translation>
    </message>
    <message>
        <source>Job finished</source>
        <translation>Trabalho concluído</translation>
    </message>
    <message>
        <source>“%1”: %2, in %3</source>
        <translation>“%1”: %2, em %3</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>“%1”: %2</translation>
    </message>
    <message>
        <source>“%1” finished.</source>
        <translation>“%1” foi concluído.</translation>
    </message>
    <message>
        <source>Job failed</source>
        <translation>O trabalho falhou</translation>
    </message>
    <message>
        <source>“%1” failed.</source>
        <translation>“%1” falhou.</translation>
    </message>
    <message>
        <source>Job stopped</source>
        <translation>Trabalho parado</translation>
    </message>
    <message>
        <source>“%1” was stopped.</source>
        <translation>“%1” foi parado.</translation>
    </message>
    <message>
        <source>“%1” was stopped, keeping its %2.</source>
        <translation>“%1” foi parado; resultado mantido: %2.</translation>
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
        <translation>Aguardando o início</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Em execução</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falhou</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Parado</translation>
    </message>
    <message>
        <source>Interrupted: Winnow was closed while it ran</source>
        <translation>Interrompido: o Winnow foi fechado durante a execução</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Este computador</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message>
        <source>Engine&apos;s default</source>
        <translation>Padrão do mecanismo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progresso</translation>
    </message>
    <message>
        <source>Progress:</source>
        <translation>Progresso:</translation>
    </message>
    <message>
        <source>Best score</source>
        <translation>Melhor pontuação</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Criado em</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Iniciado em</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminado em</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Decorrido</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tempo restante</translation>
    </message>
    <message>
        <source>An estimate from the progress so far, within the job&apos;s time budget</source>
        <translation>Uma estimativa a partir do progresso até agora, dentro do limite de tempo do trabalho</translation>
    </message>
    <message>
        <source>Why the job failed</source>
        <translation>Por que o trabalho falhou</translation>
    </message>
    <message>
        <source>Failure reason</source>
        <translation>Motivo da falha</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Linha do tempo</translation>
    </message>
    <message>
        <source>Status timeline</source>
        <translation>Linha do tempo do status</translation>
    </message>
    <message>
        <source>Began</source>
        <translation>Início</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>Duração</translation>
    </message>
    <message>
        <source>Data and results</source>
        <translation>Dados e resultados</translation>
    </message>
    <message>
        <source>Data file</source>
        <translation>Arquivo de dados</translation>
    </message>
    <message>
        <source>Runs on</source>
        <translation>Local de execução</translation>
    </message>
    <message>
        <source>Remote id</source>
        <translation>Id remoto</translation>
    </message>
    <message>
        <source>Results folder</source>
        <translation>Pasta de resultados</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Job spec</source>
        <translation>Especificação do trabalho</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>predicts %1</source>
        <translation>prevê %1</translation>
    </message>
    <message>
        <source>regression</source>
        <translation>regressão</translation>
    </message>
    <message>
        <source>classification</source>
        <translation>classificação</translation>
    </message>
    <message>
        <source>id %1</source>
        <translation>id %1</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Ainda não</translation>
    </message>
    <message>
        <source>Still running</source>
        <translation>Ainda em execução</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Nenhuma ainda</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nenhuma</translation>
    </message>
    <message>
        <source>Elapsed:</source>
        <translation>Decorrido:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Duração:</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>cerca de %1</translation>
    </message>
    <message>
        <source>No phases yet</source>
        <translation>Nenhuma fase ainda</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Alvo</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarefa</translation>
    </message>
    <message>
        <source>Inferred from the target</source>
        <translation>Inferida a partir do alvo</translation>
    </message>
    <message>
        <source>Regression</source>
        <translation>Regressão</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Classificação</translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation>Métrica</translation>
    </message>
    <message>
        <source>Engine&apos;s default for the task</source>
        <translation>Padrão do mecanismo para a tarefa</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Dados</translation>
    </message>
    <message>
        <source>Row id column</source>
        <translation>Coluna de id da linha</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Variáveis</translation>
    </message>
    <message>
        <source>Every usable column</source>
        <translation>Todas as colunas utilizáveis</translation>
    </message>
    <message>
        <source>Number of features</source>
        <translation>Número de variáveis</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>Date column</source>
        <translation>Coluna de data</translation>
    </message>
    <message>
        <source>Rows from</source>
        <translation>Linhas a partir de</translation>
    </message>
    <message>
        <source>The first</source>
        <translation>A primeira</translation>
    </message>
    <message>
        <source>Rows until</source>
        <translation>Linhas até</translation>
    </message>
    <message>
        <source>The last</source>
        <translation>A última</translation>
    </message>
    <message>
        <source>Balance classes</source>
        <translation>Balancear classes</translation>
    </message>
    <message>
        <source>Test fraction</source>
        <translation>Fração de teste</translation>
    </message>
    <message>
        <source>Generations</source>
        <translation>Gerações</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>População</translation>
    </message>
    <message>
        <source>Time budget</source>
        <translation>Limite de tempo</translation>
    </message>
    <message>
        <source>Time per candidate</source>
        <translation>Tempo por candidato</translation>
    </message>
    <message>
        <source>Most candidates</source>
        <translation>Máximo de candidatos</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sem limite</translation>
    </message>
    <message>
        <source>Algorithms</source>
        <translation>Algoritmos</translation>
    </message>
    <message>
        <source>Every algorithm the task allows</source>
        <translation>Todos os algoritmos que a tarefa permite</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>Semente aleatória</translation>
    </message>
</context>
<context>
    <name>winnow::ui::JobReport</name>
    <message>
        <source>This job has no results on this computer.</source>
        <translation>Este trabalho não tem resultados neste computador.</translation>
    </message>
    <message>
        <source>The job&apos;s results are incomplete: %1 is missing.</source>
        <translation>Os resultados do trabalho estão incompletos: %1 está ausente.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Não é possível ler %1: %2</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 está danificado: %2</translation>
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
        <translation>Colunas</translation>
    </message>
    <message>
        <source>Reset Columns</source>
        <translation>Redefinir colunas</translation>
    </message>
    <message>
        <source>Drop to start a new job</source>
        <translation>Solte para iniciar um novo trabalho</translation>
    </message>
    <message>
        <source>Drop to predict with this job&apos;s model</source>
        <translation>Solte para prever com o modelo deste trabalho</translation>
    </message>
</context>
<context>
    <name>winnow::ui::LeaderboardTab</name>
    <message>
        <source>Leaderboard</source>
        <translation>Ranking de candidatos</translation>
    </message>
    <message>
        <source>No candidates yet.</source>
        <translation>Nenhum candidato ainda.</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) evaluated</source>
        <translation>
            <numerusform>%n candidato avaliado</numerusform>
            <numerusform>%n candidatos avaliados</numerusform>
        </translation>
    </message>
    <message>
        <source> · best so far: %1, score %2 (%3 is better)</source>
        <translation> · melhor até agora: %1, pontuação %2 (%3 é melhor)</translation>
    </message>
    <message>
        <source>smaller</source>
        <translation>menor</translation>
    </message>
    <message>
        <source>larger</source>
        <translation>maior</translation>
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
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Jobs</source>
        <translation>&amp;Trabalhos</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Exibir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>&amp;New Job…</source>
        <translation>&amp;Novo trabalho…</translation>
    </message>
    <message>
        <source>Set up a job that trains models on a table</source>
        <translation>Configura um trabalho que treina modelos com uma tabela</translation>
    </message>
    <message>
        <source>&amp;Open CSV…</source>
        <translation>A&amp;brir CSV…</translation>
    </message>
    <message>
        <source>Choose CSV files to train on</source>
        <translation>Escolhe arquivos CSV para o treinamento</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>Close Winnow</source>
        <translation>Fecha o Winnow</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Parar</translation>
    </message>
    <message>
        <source>Stop the selected job and keep the best model found so far</source>
        <translation>Para o trabalho selecionado e mantém o melhor modelo encontrado até agora</translation>
    </message>
    <message>
        <source>&amp;Clone</source>
        <translation>&amp;Clonar</translation>
    </message>
    <message>
        <source>Start a new job with the selected job&apos;s settings</source>
        <translation>Inicia um novo trabalho com as configurações do trabalho selecionado</translation>
    </message>
    <message>
        <source>&amp;Predict…</source>
        <translation>Pre&amp;ver…</translation>
    </message>
    <message>
        <source>Apply the selected job&apos;s best model to new data</source>
        <translation>Aplica o melhor modelo do trabalho selecionado a novos dados</translation>
    </message>
    <message>
        <source>&amp;Toolbar</source>
        <translation>Barra de &amp;ferramentas</translation>
    </message>
    <message>
        <source>Show or hide the toolbar</source>
        <translation>Mostra ou oculta a barra de ferramentas</translation>
    </message>
    <message>
        <source>Show or hide the status bar</source>
        <translation>Mostra ou oculta a barra de status</translation>
    </message>
    <message>
        <source>&amp;Backends</source>
        <translation>&amp;Back-ends</translation>
    </message>
    <message>
        <source>Show or hide the backends sidebar</source>
        <translation>Mostra ou oculta a barra lateral de back-ends</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Tela cheia</translation>
    </message>
    <message>
        <source>Use the whole screen for Winnow</source>
        <translation>Usa a tela inteira para o Winnow</translation>
    </message>
    <message>
        <source>&amp;About Winnow</source>
        <translation>&amp;Sobre o Winnow</translation>
    </message>
    <message>
        <source>Version, licences and the libraries Winnow uses</source>
        <translation>Versão, licenças e as bibliotecas que o Winnow usa</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Sobre o &amp;Qt</translation>
    </message>
    <message>
        <source>The version and licence of Qt</source>
        <translation>A versão e a licença do Qt</translation>
    </message>
    <message>
        <source>New Job</source>
        <translation>Novo trabalho</translation>
    </message>
    <message>
        <source>Open CSV</source>
        <translation>Abrir CSV</translation>
    </message>
    <message>
        <source>Predict</source>
        <translation>Prever</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Barra de ferramentas principal</translation>
    </message>
    <message>
        <source>Backends</source>
        <translation>Back-ends</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Este computador</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Trabalhos</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>Skipped %1: Winnow opens .csv and .csv.gz files.</source>
        <translation>%1 ignorado: o Winnow abre arquivos .csv e .csv.gz.</translation>
    </message>
    <message>
        <source>Skipped %1: no readable file there.</source>
        <translation>%1 ignorado: não há um arquivo legível nesse local.</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.csv.gz *.CSV);;All files (*)</source>
        <translation>Arquivos CSV (*.csv *.csv.gz *.CSV);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Open or drop a CSV file to start a job.</source>
        <translation>Abra ou solte um arquivo CSV para iniciar um trabalho.</translation>
    </message>
    <message>
        <source>&amp;Status Bar</source>
        <translation>Barra de &amp;status</translation>
    </message>
    <message>
        <source>Ready for a new job: %1</source>
        <translation>Pronto para um novo trabalho: %1</translation>
    </message>
    <message>
        <source>Drop to start a new job</source>
        <translation>Solte para iniciar um novo trabalho</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configurações…</translation>
    </message>
    <message>
        <source>Backends, defaults of new jobs, data folder and language</source>
        <translation>Back-ends, padrões de novos trabalhos, pasta de dados e idioma</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Show the selected job&apos;s details and results</source>
        <translation>Mostra os detalhes e os resultados do trabalho selecionado</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>E&amp;xcluir…</translation>
    </message>
    <message>
        <source>Delete the selected jobs and their results</source>
        <translation>Exclui os trabalhos selecionados e seus resultados</translation>
    </message>
    <message>
        <source>Download &amp;Model…</source>
        <translation>Baixar &amp;modelo…</translation>
    </message>
    <message>
        <source>Save the selected job&apos;s best model to a folder</source>
        <translation>Salva o melhor modelo do trabalho selecionado em uma pasta</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>&amp;Exportar relatório…</translation>
    </message>
    <message>
        <source>Write a report of the selected jobs&apos; results to share</source>
        <translation>Grava um relatório dos resultados dos trabalhos selecionados para compartilhar</translation>
    </message>
    <message>
        <source>C&amp;ompare</source>
        <translation>C&amp;omparar</translation>
    </message>
    <message>
        <source>Show the selected finished jobs&apos; metrics side by side</source>
        <translation>Mostra lado a lado as métricas dos trabalhos concluídos selecionados</translation>
    </message>
    <message>
        <source>Job &amp;Details</source>
        <translation>&amp;Detalhes do trabalho</translation>
    </message>
    <message>
        <source>Show or hide the details of the open job</source>
        <translation>Mostra ou oculta os detalhes do trabalho aberto</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Exportar relatório</translation>
    </message>
    <message>
        <source>Job list</source>
        <translation>Lista de trabalhos</translation>
    </message>
    <message numerus="yes">
        <source>%n running — Winnow</source>
        <translation>
            <numerusform>%n em execução — Winnow</numerusform>
            <numerusform>%n em execução — Winnow</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>winnow::ui::MessageBar</name>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Informação</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dispensar</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Dispensar a mensagem</translation>
    </message>
</context>
<context>
    <name>winnow::ui::NewJobDialog</name>
    <message>
        <source>KS statistic</source>
        <translation>Estatística KS</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Acurácia</translation>
    </message>
    <message>
        <source>Balanced accuracy</source>
        <translation>Acurácia balanceada</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>F1, macro average</source>
        <translation>F1, média macro</translation>
    </message>
    <message>
        <source>ROC AUC</source>
        <translation>ROC AUC</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Precisão</translation>
    </message>
    <message>
        <source>Precision, macro average</source>
        <translation>Precisão, média macro</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Revocação</translation>
    </message>
    <message>
        <source>Recall, macro average</source>
        <translation>Revocação, média macro</translation>
    </message>
    <message>
        <source>Mean squared error</source>
        <translation>Erro quadrático médio</translation>
    </message>
    <message>
        <source>Root mean squared error</source>
        <translation>Raiz do erro quadrático médio</translation>
    </message>
    <message>
        <source>Mean absolute error</source>
        <translation>Erro absoluto médio</translation>
    </message>
    <message>
        <source>R² (coefficient of determination)</source>
        <translation>R² (coeficiente de determinação)</translation>
    </message>
    <message>
        <source>binary classification</source>
        <translation>classificação binária</translation>
    </message>
    <message>
        <source>multiclass classification</source>
        <translation>classificação multiclasse</translation>
    </message>
    <message>
        <source>regression</source>
        <translation>regressão</translation>
    </message>
    <message>
        <source>New Job</source>
        <translation>Novo trabalho</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <source>Start the job with these settings</source>
        <translation>Inicia o trabalho com estas configurações</translation>
    </message>
    <message>
        <source>Data file</source>
        <translation>Arquivo de dados</translation>
    </message>
    <message>
        <source>The CSV file the job trains on; drop more files on this window to add them</source>
        <translation>O arquivo CSV com o qual o trabalho treina; solte mais arquivos nesta janela para adicioná-los</translation>
    </message>
    <message>
        <source>Choose a CSV file…</source>
        <translation>Escolha um arquivo CSV…</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>P&amp;rocurar…</translation>
    </message>
    <message>
        <source>Choose CSV files on disk</source>
        <translation>Escolhe arquivos CSV no disco</translation>
    </message>
    <message>
        <source>&amp;Data file:</source>
        <translation>Ar&amp;quivo de dados:</translation>
    </message>
    <message>
        <source>Preview of the file&apos;s first rows</source>
        <translation>Prévia das primeiras linhas do arquivo</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>Pré-&amp;visualização</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>C&amp;olunas</translation>
    </message>
    <message>
        <source>Filter columns</source>
        <translation>Filtrar colunas</translation>
    </message>
    <message>
        <source>Filter columns by name</source>
        <translation>Filtra as colunas pelo nome</translation>
    </message>
    <message>
        <source>Check &amp;All</source>
        <translation>&amp;Marcar todas</translation>
    </message>
    <message>
        <source>Consider every column as a feature</source>
        <translation>Considera todas as colunas como variáveis</translation>
    </message>
    <message>
        <source>Check &amp;None</source>
        <translation>De&amp;smarcar todas</translation>
    </message>
    <message>
        <source>Consider no column; then check the features you want</source>
        <translation>Não considera nenhuma coluna; depois marque as variáveis que deseja</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Colunas do arquivo</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Trabalho</translation>
    </message>
    <message>
        <source>Job name</source>
        <translation>Nome do trabalho</translation>
    </message>
    <message>
        <source>A name to find the job by; leave empty to name it after the data and target</source>
        <translation>Um nome pelo qual encontrar o trabalho; deixe em branco para nomeá-lo a partir dos dados e do alvo</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>Where the job runs</source>
        <translation>Onde o trabalho é executado</translation>
    </message>
    <message>
        <source>&amp;Run on:</source>
        <translation>E&amp;xecutar em:</translation>
    </message>
    <message>
        <source>Feature table</source>
        <translation>Tabela de variáveis</translation>
    </message>
    <message>
        <source>The name of the feature table on the service</source>
        <translation>O nome da tabela de variáveis no serviço</translation>
    </message>
    <message>
        <source>&amp;Feature table:</source>
        <translation>Ta&amp;bela de variáveis:</translation>
    </message>
    <message>
        <source>Prediction</source>
        <translation>Previsão</translation>
    </message>
    <message>
        <source>Target column</source>
        <translation>Coluna alvo</translation>
    </message>
    <message>
        <source>The column the job learns to predict</source>
        <translation>A coluna que o trabalho aprende a prever</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Alvo:</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarefa</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automática</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Classificação</translation>
    </message>
    <message>
        <source>Regression</source>
        <translation>Regressão</translation>
    </message>
    <message>
        <source>Automatic: classes for text, true/false and few whole numbers; else a regression, as the engine decides</source>
        <translation>Automática: classes para texto, verdadeiro/falso e poucos números inteiros; caso contrário, uma regressão, conforme o mecanismo decidir</translation>
    </message>
    <message>
        <source>Tas&amp;k:</source>
        <translation>Tare&amp;fa:</translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation>Métrica</translation>
    </message>
    <message>
        <source>What the search optimises; only scorings that fit the task are listed</source>
        <translation>O que a busca otimiza; só são listadas as métricas adequadas à tarefa</translation>
    </message>
    <message>
        <source>S&amp;coring:</source>
        <translation>Métri&amp;ca:</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Linhas</translation>
    </message>
    <message>
        <source>Id column</source>
        <translation>Coluna de id</translation>
    </message>
    <message>
        <source>A column naming each row; never a feature, and carried into predictions</source>
        <translation>Uma coluna que identifica cada linha; nunca é uma variável e é incluída nas previsões</translation>
    </message>
    <message>
        <source>&amp;Id column:</source>
        <translation>Col&amp;una de id:</translation>
    </message>
    <message>
        <source>Date column</source>
        <translation>Coluna de data</translation>
    </message>
    <message>
        <source>A date column to keep only the rows of a period</source>
        <translation>Uma coluna de data para manter apenas as linhas de um período</translation>
    </message>
    <message>
        <source>Da&amp;te column:</source>
        <translation>Co&amp;luna de data:</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;De</translation>
    </message>
    <message>
        <source>Keep only rows on or after this date</source>
        <translation>Mantém apenas as linhas nesta data ou depois dela</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Data inicial</translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation>A&amp;té</translation>
    </message>
    <message>
        <source>Keep only rows on or before this date</source>
        <translation>Mantém apenas as linhas nesta data ou antes dela</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Data final</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Variáveis</translation>
    </message>
    <message>
        <source>Number of features to keep</source>
        <translation>Número de variáveis a manter</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>How many of the checked features the job keeps after ranking them</source>
        <translation>Quantas das variáveis marcadas o trabalho mantém depois de ordená-las por relevância</translation>
    </message>
    <message>
        <source>K&amp;eep:</source>
        <translation>Mant&amp;er:</translation>
    </message>
    <message>
        <source>&amp;Balance classes</source>
        <translation>&amp;Balancear classes</translation>
    </message>
    <message>
        <source>Under 1 % the smallest class is oversampled; from 1 % to 20 % the others are undersampled; from 20 % on nothing changes</source>
        <translation>Abaixo de 1 %, a menor classe é sobreamostrada; de 1 % a 20 %, as outras são subamostradas; a partir de 20 %, nada muda</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Busca</translation>
    </message>
    <message>
        <source>Generations</source>
        <translation>Gerações</translation>
    </message>
    <message>
        <source>Generations of the genetic search</source>
        <translation>Gerações da busca genética</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>População</translation>
    </message>
    <message>
        <source>Candidate pipelines per generation</source>
        <translation>Pipelines candidatos por geração</translation>
    </message>
    <message>
        <source>&amp;Generations:</source>
        <translation>&amp;Gerações:</translation>
    </message>
    <message>
        <source>&amp;Population:</source>
        <translation>&amp;População:</translation>
    </message>
    <message>
        <source>Time budget</source>
        <translation>Limite de tempo</translation>
    </message>
    <message>
        <source>The whole job&apos;s time, the final fit included: &quot;90 s&quot;, &quot;5 min&quot;, &quot;1 h 30 min&quot;</source>
        <translation>O tempo do trabalho inteiro, incluindo o ajuste final: &quot;90 s&quot;, &quot;5 min&quot;, &quot;1 h 30 min&quot;</translation>
    </message>
    <message>
        <source>Time &amp;budget:</source>
        <translation>Li&amp;mite de tempo:</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Semente</translation>
    </message>
    <message>
        <source>Makes splits and searches repeatable</source>
        <translation>Torna as divisões e as buscas repetíveis</translation>
    </message>
    <message>
        <source>See&amp;d:</source>
        <translation>&amp;Semente:</translation>
    </message>
    <message>
        <source>Test rows</source>
        <translation>Linhas de teste</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Share of the rows held out to measure the final model</source>
        <translation>Proporção das linhas separadas para avaliar o modelo final</translation>
    </message>
    <message>
        <source>Test ro&amp;ws:</source>
        <translation>Lin&amp;has de teste:</translation>
    </message>
    <message>
        <source>Choose CSV Files</source>
        <translation>Escolher arquivos CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.csv.gz *.CSV);;All files (*)</source>
        <translation>Arquivos CSV (*.csv *.csv.gz *.CSV);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nenhuma</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (padrão)</translation>
    </message>
    <message>
        <source>Trains on this computer, reading the file where it is.</source>
        <translation>Treina neste computador, lendo o arquivo onde ele está.</translation>
    </message>
    <message>
        <source>The file is uploaded to %1, which trains on it.</source>
        <translation>O arquivo é enviado para %1, que treina com ele.</translation>
    </message>
    <message>
        <source>%1 is uploaded to %2, which trains on it.</source>
        <translation>%1 é enviado para %2, que treina com ele.</translation>
    </message>
    <message>
        <source>%1 trains on one of its feature tables; the file here only shows the columns.</source>
        <translation>%1 treina com uma de suas tabelas de variáveis; o arquivo aqui só mostra as colunas.</translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation>Automática (%1)</translation>
    </message>
    <message numerus="yes">
        <source>of %Ln checked feature(s)</source>
        <translation>
            <numerusform>de %Ln variável marcada</numerusform>
            <numerusform>de %Ln variáveis marcadas</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Columns (%1 of %2 checked)</source>
        <translation>C&amp;olunas (%1 de %2 marcadas)</translation>
    </message>
    <message>
        <source>a regression has no classes</source>
        <translation>uma regressão não tem classes</translation>
    </message>
    <message>
        <source>oversample (minority %1 %)</source>
        <translation>sobreamostrar (minoritária %1 %)</translation>
    </message>
    <message>
        <source>undersample (minority %1 %)</source>
        <translation>subamostrar (minoritária %1 %)</translation>
    </message>
    <message>
        <source>nothing to do (minority %1 %)</source>
        <translation>nada a fazer (minoritária %1 %)</translation>
    </message>
    <message>
        <source>The smallest class, %1, is %2 % of the sampled rows</source>
        <translation>A menor classe, %1, corresponde a %2 % das linhas da amostra</translation>
    </message>
    <message>
        <source>Further down, the file cannot be read: %1</source>
        <translation>Mais adiante, o arquivo não pode ser lido: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lendo %1…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) to fix before the job can start.</source>
        <translation>
            <numerusform>%Ln problema a corrigir antes que o trabalho possa começar.</numerusform>
            <numerusform>%Ln problemas a corrigir antes que o trabalho possa começar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready to start, with %Ln warning(s).</source>
        <translation>
            <numerusform>Pronto para iniciar, com %Ln aviso.</numerusform>
            <numerusform>Pronto para iniciar, com %Ln avisos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready to start: %1 on %Ln feature(s).</source>
        <translation>
            <numerusform>Pronto para iniciar: %1 com %Ln variável.</numerusform>
            <numerusform>Pronto para iniciar: %1 com %Ln variáveis.</numerusform>
        </translation>
    </message>
    <message>
        <source>Drop a CSV file here, or choose one with Browse…</source>
        <translation>Solte um arquivo CSV aqui ou escolha um com Procurar…</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 linhas</translation>
    </message>
    <message>
        <source>about %1 rows</source>
        <translation>cerca de %1 linhas</translation>
    </message>
    <message numerus="yes">
        <source>%Ln column(s)</source>
        <translation>
            <numerusform>%Ln coluna</numerusform>
            <numerusform>%Ln colunas</numerusform>
        </translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>separado por vírgulas</translation>
    </message>
    <message>
        <source>semicolon-separated</source>
        <translation>separado por ponto e vírgula</translation>
    </message>
    <message>
        <source>tab-separated</source>
        <translation>separado por tabulações</translation>
    </message>
    <message>
        <source>separated by |</source>
        <translation>separado por |</translation>
    </message>
    <message>
        <source>showing the first %1</source>
        <translation>mostrando as primeiras %1</translation>
    </message>
</context>
<context>
    <name>winnow::ui::PipelineTab</name>
    <message>
        <source>The pipeline appears when the job finishes.</source>
        <translation>O pipeline aparece quando o trabalho termina.</translation>
    </message>
    <message>
        <source>Pipeline diagram</source>
        <translation>Diagrama do pipeline</translation>
    </message>
    <message>
        <source>This job has no pipeline page.</source>
        <translation>Este trabalho não tem página de pipeline.</translation>
    </message>
    <message>
        <source>The pipeline page %1 is missing: the job&apos;s results may have been moved or deleted.</source>
        <translation>A página de pipeline %1 está ausente: os resultados do trabalho podem ter sido movidos ou excluídos.</translation>
    </message>
</context>
<context>
    <name>winnow::ui::PredictDialog</name>
    <message>
        <source>regression</source>
        <translation>regressão</translation>
    </message>
    <message>
        <source>classification</source>
        <translation>classificação</translation>
    </message>
    <message>
        <source>Predict with %1</source>
        <translation>Prever com %1</translation>
    </message>
    <message>
        <source>%1 predictions</source>
        <translation>%1 previsões</translation>
    </message>
    <message>
        <source>About %1 predictions</source>
        <translation>Cerca de %1 previsões</translation>
    </message>
    <message>
        <source>Predicts %1</source>
        <translation>Prevê %1</translation>
    </message>
    <message>
        <source>trained on %1</source>
        <translation>treinado com %1</translation>
    </message>
    <message>
        <source>Data to score</source>
        <translation>Dados para prever</translation>
    </message>
    <message>
        <source>Drop a CSV file here, or choose one</source>
        <translation>Solte um arquivo CSV aqui ou escolha um</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Escolher…</translation>
    </message>
    <message>
        <source>Choose the CSV file to score</source>
        <translation>Escolhe o arquivo CSV para prever</translation>
    </message>
    <message>
        <source>&amp;Data to score:</source>
        <translation>&amp;Dados para prever:</translation>
    </message>
    <message>
        <source>The file needs the columns the model was trained on; the target may be absent.</source>
        <translation>O arquivo precisa das colunas com as quais o modelo foi treinado; o alvo pode estar ausente.</translation>
    </message>
    <message>
        <source>Prediction progress</source>
        <translation>Progresso da previsão</translation>
    </message>
    <message>
        <source>Predicting…</source>
        <translation>Prevendo…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Predictions</source>
        <translation>Previsões</translation>
    </message>
    <message>
        <source>Choose or drop a CSV file with the columns the model was trained on, then Predict.
The predictions show here.</source>
        <translation>Escolha ou solte um arquivo CSV com as colunas com as quais o modelo foi treinado e clique em Prever.
As previsões aparecem aqui.</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>&amp;Salvar como…</translation>
    </message>
    <message>
        <source>Save the predictions as a CSV file</source>
        <translation>Salva as previsões como um arquivo CSV</translation>
    </message>
    <message>
        <source>&amp;Predict</source>
        <translation>&amp;Prever</translation>
    </message>
    <message>
        <source>Choose the Data to Score</source>
        <translation>Escolher os dados para prever</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.csv.gz *.CSV);;All files (*)</source>
        <translation>Arquivos CSV (*.csv *.csv.gz *.CSV);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Choose a CSV file to score.</source>
        <translation>Escolha um arquivo CSV para prever.</translation>
    </message>
    <message>
        <source>Cannot make a folder for the predictions: %1</source>
        <translation>Não é possível criar uma pasta para as previsões: %1</translation>
    </message>
    <message>
        <source>This job&apos;s backend cannot predict.</source>
        <translation>O back-end deste trabalho não pode fazer previsões.</translation>
    </message>
    <message>
        <source>The prediction was cancelled.</source>
        <translation>A previsão foi cancelada.</translation>
    </message>
    <message>
        <source>The prediction failed.</source>
        <translation>A previsão falhou.</translation>
    </message>
    <message>
        <source>Save Predictions</source>
        <translation>Salvar previsões</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Predictions saved to %1</source>
        <translation>Previsões salvas em %1</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Salvo em %1</translation>
    </message>
    <message>
        <source>Could not save the predictions to %1: %2</source>
        <translation>Não foi possível salvar as previsões em %1: %2</translation>
    </message>
</context>
<context>
    <name>winnow::ui::ReportExporter</name>
    <message>
        <source>Could not export the report: %1</source>
        <translation>Não foi possível exportar o relatório: %1</translation>
    </message>
    <message>
        <source>There is no job to report on.</source>
        <translation>Não há trabalho sobre o qual relatar.</translation>
    </message>
    <message>
        <source>None of the jobs has metrics to export.</source>
        <translation>Nenhum dos trabalhos tem métricas para exportar.</translation>
    </message>
    <message>
        <source>the folder does not exist.</source>
        <translation>a pasta não existe.</translation>
    </message>
</context>
<context>
    <name>winnow::ui::ReportHtmlWriter</name>
    <message>
        <source>Data</source>
        <translation>Dados</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Alvo</translation>
    </message>
    <message>
        <source>Features considered</source>
        <translation>Variáveis consideradas</translation>
    </message>
    <message>
        <source>ID column</source>
        <translation>Coluna de ID</translation>
    </message>
    <message>
        <source>Date column</source>
        <translation>Coluna de data</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Data inicial</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Data final</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarefa</translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation>Métrica</translation>
    </message>
    <message>
        <source>Features to keep</source>
        <translation>Variáveis a manter</translation>
    </message>
    <message>
        <source>Generations</source>
        <translation>Gerações</translation>
    </message>
    <message>
        <source>Population size</source>
        <translation>Tamanho da população</translation>
    </message>
    <message>
        <source>Balance classes</source>
        <translation>Balancear classes</translation>
    </message>
    <message>
        <source>Test fraction</source>
        <translation>Fração de teste</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>Semente aleatória</translation>
    </message>
    <message>
        <source>Time budget (s)</source>
        <translation>Limite de tempo (s)</translation>
    </message>
    <message>
        <source>Time per candidate (s)</source>
        <translation>Tempo por candidato (s)</translation>
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
            <numerusform>Comparação de %n trabalho</numerusform>
            <numerusform>Comparação de %n trabalhos</numerusform>
        </translation>
    </message>
    <message>
        <source>Winnow model report</source>
        <translation>Relatório de modelo do Winnow</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) side by side, then each job in full.</source>
        <translation>
            <numerusform>%n trabalho lado a lado e, depois, cada trabalho completo.</numerusform>
            <numerusform>%n trabalhos lado a lado e, depois, cada trabalho completo.</numerusform>
        </translation>
    </message>
    <message>
        <source>predicting %1</source>
        <translation>prevendo %1</translation>
    </message>
    <message>
        <source>Made with Winnow %1 on %2.</source>
        <translation>Gerado com o Winnow %1 em %2.</translation>
    </message>
    <message>
        <source>Models trained by winnow-engine %1.</source>
        <translation>Modelos treinados pelo winnow-engine %1.</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparação</translation>
    </message>
    <message>
        <source>Test-split metrics. The best value of each row is in bold; for MSE, RMSE and MAE the smallest is best.</source>
        <translation>Métricas do conjunto de teste. O melhor valor de cada linha está em negrito; para MSE, RMSE e MAE, o menor é o melhor.</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Trabalho</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Cross-validated score</source>
        <translation>Pontuação de validação cruzada</translation>
    </message>
    <message>
        <source>Test rows</source>
        <translation>Linhas de teste</translation>
    </message>
    <message>
        <source>Run time</source>
        <translation>Tempo de execução</translation>
    </message>
    <message>
        <source>Job %1: %2</source>
        <translation>Trabalho %1: %2</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Métricas</translation>
    </message>
    <message>
        <source>Job specification</source>
        <translation>Especificação do trabalho</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <source>Job ID</source>
        <translation>ID do trabalho</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Classes</translation>
    </message>
    <message>
        <source> (cross-validated score %1)</source>
        <translation> (pontuação de validação cruzada %1)</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Linhas</translation>
    </message>
    <message>
        <source>%1 to train, %2 to test</source>
        <translation>%1 para treino, %2 para teste</translation>
    </message>
    <message numerus="yes">
        <source>%n pipeline(s) evaluated</source>
        <translation>
            <numerusform>%n pipeline avaliado</numerusform>
            <numerusform>%n pipelines avaliados</numerusform>
        </translation>
    </message>
    <message>
        <source>(stopped early: the best model found until then)</source>
        <translation>(parado antes do fim: o melhor modelo encontrado até então)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Busca</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Criado em</translation>
    </message>
    <message>
        <source>Results written</source>
        <translation>Resultados gravados em</translation>
    </message>
    <message>
        <source>Engine version</source>
        <translation>Versão do mecanismo</translation>
    </message>
    <message>
        <source>No specification recorded.</source>
        <translation>Nenhuma especificação registrada.</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Métrica</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Teste</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Treino</translation>
    </message>
    <message>
        <source>Test: the %1 rows held out from training and from the search. Train: the %2 rows the final model was fitted on; much better numbers there than on the test rows suggest over-fitting.</source>
        <translation>Teste: as %1 linhas separadas do treino e da busca. Treino: as %2 linhas com as quais o modelo final foi ajustado; números muito melhores ali do que nas linhas de teste sugerem sobreajuste.</translation>
    </message>
    <message>
        <source>Confusion matrix (test)</source>
        <translation>Matriz de confusão (teste)</translation>
    </message>
    <message>
        <source>Confusion matrix of the test split</source>
        <translation>Matriz de confusão do conjunto de teste</translation>
    </message>
    <message>
        <source>Rows are the actual classes, columns the predicted ones; each cell gives its count and its share of the row.</source>
        <translation>As linhas são as classes reais, e as colunas, as previstas; cada célula mostra sua contagem e sua proporção na linha.</translation>
    </message>
    <message>
        <source>False positive rate</source>
        <translation>Taxa de falsos positivos</translation>
    </message>
    <message>
        <source>True positive rate</source>
        <translation>Taxa de verdadeiros positivos</translation>
    </message>
    <message>
        <source>Chance</source>
        <translation>Acaso</translation>
    </message>
    <message>
        <source>Test (AUC %1)</source>
        <translation>Teste (AUC %1)</translation>
    </message>
    <message>
        <source>Train (AUC %1)</source>
        <translation>Treino (AUC %1)</translation>
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
        <translation>Quantos positivos o modelo encontra (taxa de verdadeiros positivos) para cada proporção de negativos que ele confunde com positivos (taxa de falsos positivos), nos conjuntos de teste e de treino.</translation>
    </message>
    <message>
        <source>Each class against all others, on the test split.</source>
        <translation>Cada classe contra todas as outras, no conjunto de teste.</translation>
    </message>
    <message>
        <source>Actual %1</source>
        <translation>%1 (real)</translation>
    </message>
    <message>
        <source>Predicted %1</source>
        <translation>%1 (previsto)</translation>
    </message>
    <message>
        <source>Perfect prediction</source>
        <translation>Previsão perfeita</translation>
    </message>
    <message>
        <source>Predicted against actual (test)</source>
        <translation>Previsto versus real (teste)</translation>
    </message>
    <message>
        <source>Predicted against actual values</source>
        <translation>Valores previstos versus reais</translation>
    </message>
    <message>
        <source>Selected features</source>
        <translation>Variáveis selecionadas</translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s) used by the model, most important first.</source>
        <translation>
            <numerusform>%n variável usada pelo modelo, da mais importante para a menos importante.</numerusform>
            <numerusform>%n variáveis usadas pelo modelo, da mais importante para a menos importante.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importance: %1.</source>
        <translation>Importância: %1.</translation>
    </message>
    <message>
        <source>Feature importance</source>
        <translation>Importância das variáveis</translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s) used by the model; the learner does not rank them.</source>
        <translation>
            <numerusform>%n variável usada pelo modelo; o algoritmo não as ordena por importância.</numerusform>
            <numerusform>%n variáveis usadas pelo modelo; o algoritmo não as ordena por importância.</numerusform>
        </translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Variável</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>Importância</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>The fitted steps in order; the last one is the learner.</source>
        <translation>Os passos ajustados, em ordem; o último é o algoritmo de aprendizado.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Passo</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parâmetros</translation>
    </message>
    <message>
        <source>(defaults)</source>
        <translation>(padrões)</translation>
    </message>
</context>
<context>
    <name>winnow::ui::ReportPdfWriter</name>
    <message>
        <source>WINNOW MODEL REPORT</source>
        <translation>RELATÓRIO DE MODELO DO WINNOW</translation>
    </message>
    <message>
        <source>Could not start writing the PDF.</source>
        <translation>Não foi possível começar a gravar o PDF.</translation>
    </message>
    <message>
        <source>Made with Winnow %1 on %2</source>
        <translation>Gerado com o Winnow %1 em %2</translation>
    </message>
    <message>
        <source>Could not add page %1 to the PDF.</source>
        <translation>Não foi possível adicionar a página %1 ao PDF.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Could not finish writing the PDF.</source>
        <translation>Não foi possível concluir a gravação do PDF.</translation>
    </message>
</context>
<context>
    <name>winnow::ui::ReportText</name>
    <message>
        <source>Accuracy</source>
        <translation>Acurácia</translation>
    </message>
    <message>
        <source>Balanced accuracy</source>
        <translation>Acurácia balanceada</translation>
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
        <translation>Precisão</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Revocação</translation>
    </message>
    <message>
        <source>F1 (macro average)</source>
        <translation>F1 (média macro)</translation>
    </message>
    <message>
        <source>Precision (macro average)</source>
        <translation>Precisão (média macro)</translation>
    </message>
    <message>
        <source>Recall (macro average)</source>
        <translation>Revocação (média macro)</translation>
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
        <translation>Matriz de confusão</translation>
    </message>
    <message>
        <source>%1 (class %2)</source>
        <translation>%1 (classe %2)</translation>
    </message>
    <message>
        <source>Binary classification</source>
        <translation>Classificação binária</translation>
    </message>
    <message>
        <source>Multiclass classification</source>
        <translation>Classificação multiclasse</translation>
    </message>
    <message>
        <source>Regression</source>
        <translation>Regressão</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Classificação</translation>
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
            <numerusform>… mais %n</numerusform>
            <numerusform>… mais %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>winnow::ui::ResultChartTab</name>
    <message>
        <source>Ro&amp;ws:</source>
        <translation>Lin&amp;has:</translation>
    </message>
    <message>
        <source>test split</source>
        <translation>conjunto de teste</translation>
    </message>
    <message>
        <source>train split</source>
        <translation>conjunto de treino</translation>
    </message>
    <message>
        <source>%1 on the %2 (%3 rows)</source>
        <translation>%1 no %2 (%3 linhas)</translation>
    </message>
    <message>
        <source>%1 on the %2</source>
        <translation>%1 no %2</translation>
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
        <translation>&amp;Copiar imagem</translation>
    </message>
    <message>
        <source>Copy the chart to the clipboard as an image</source>
        <translation>Copia o gráfico para a área de transferência como imagem</translation>
    </message>
    <message>
        <source>&amp;Save Image…</source>
        <translation>&amp;Salvar imagem…</translation>
    </message>
    <message>
        <source>Save the chart as an image file</source>
        <translation>Salva o gráfico como um arquivo de imagem</translation>
    </message>
    <message>
        <source>Copied the chart to the clipboard.</source>
        <translation>Gráfico copiado para a área de transferência.</translation>
    </message>
    <message>
        <source>chart</source>
        <translation>gráfico</translation>
    </message>
    <message>
        <source>Save Chart Image</source>
        <translation>Salvar imagem do gráfico</translation>
    </message>
    <message>
        <source>PNG images (*.png);;JPEG images (*.jpg *.jpeg)</source>
        <translation>Imagens PNG (*.png);;Imagens JPEG (*.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Saved the chart to %1.</source>
        <translation>Gráfico salvo em %1.</translation>
    </message>
    <message>
        <source>Could not save the chart to %1: check that the folder exists and can be written to.</source>
        <translation>Não foi possível salvar o gráfico em %1: verifique se a pasta existe e se é possível gravar nela.</translation>
    </message>
</context>
<context>
    <name>winnow::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Geral</translation>
    </message>
    <message>
        <source>Backends</source>
        <translation>Back-ends</translation>
    </message>
    <message>
        <source>Remote services to run jobs on, and their API keys</source>
        <translation>Serviços remotos em que executar trabalhos, e suas chaves de API</translation>
    </message>
    <message>
        <source>Could not save the settings in %1.</source>
        <translation>Não foi possível salvar as configurações em %1.</translation>
    </message>
    <message>
        <source>Saving the API keys…</source>
        <translation>Salvando as chaves de API…</translation>
    </message>
    <message>
        <source>Winnow will use the new data folder after it restarts.</source>
        <translation>O Winnow usará a nova pasta de dados depois de reiniciar.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Configurações salvas.</translation>
    </message>
</context>
<context>
    <name>winnow::ui::SplitComboBox</name>
    <message>
        <source>Test split</source>
        <translation>Conjunto de teste</translation>
    </message>
    <message>
        <source>Rows held out from training: how the model does on new data</source>
        <translation>Linhas separadas do treino: como o modelo se sai com dados novos</translation>
    </message>
    <message>
        <source>Train split</source>
        <translation>Conjunto de treino</translation>
    </message>
    <message>
        <source>Rows the model was fitted on</source>
        <translation>Linhas com as quais o modelo foi ajustado</translation>
    </message>
    <message>
        <source>The rows the results are measured on</source>
        <translation>As linhas em que os resultados são medidos</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Conjunto</translation>
    </message>
</context>
<context>
    <name>winnow::ui::report_charts</name>
    <message>
        <source>Predicted</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Real</translation>
    </message>
</context>
</TS>
