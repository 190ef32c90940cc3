<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
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
        <source>&amp;Delete</source>
        <translation>E&amp;xcluir</translation>
    </message>
    <message>
        <source>Delete the selected job and its results</source>
        <translation>Exclui o trabalho selecionado e seus resultados</translation>
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
</context>
</TS>
