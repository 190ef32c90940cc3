#include "ui/settings/backends_settings_page.h"

#include "client/api_key_store.h"
#include "client/backend_config_store.h"
#include "client/connection_test_job.h"
#include "models/backend_config_list_model.h"
#include "ui/settings/backend_list_delegate.h"
#include "ui/settings/inline_message.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMetaObject>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace winnow::ui {

namespace {

enum EditorPage { EmptyPage, FormPage };

QString uniqueName(const QString& base, const QList<client::BackendConfig>& backends)
{
    auto taken = [&](const QString& name) {
        return std::any_of(backends.begin(), backends.end(),
                           [&](const client::BackendConfig& b) { return b.name == name; });
    };
    if (!taken(base))
        return base;
    for (int n = 2;; ++n) {
        const QString name = u"%1 %2"_s.arg(base).arg(n);
        if (!taken(name))
            return name;
    }
}

QLabel* formLabel(QWidget* buddy, const QString& objectName)
{
    auto* label = new QLabel(buddy->parentWidget());
    label->setObjectName(objectName);
    label->setBuddy(buddy);
    return label;
}

} // namespace

BackendsSettingsPage::BackendsSettingsPage(client::ApiKeyStore* keys, QWidget* parent)
    : QWidget(parent)
    , m_keys(keys)
    , m_network(new QNetworkAccessManager(this))
    , m_model(new models::BackendConfigListModel(this))
{
    setObjectName(u"backendsSettingsPage"_s);
    createWidgets();
    retranslateUi();
    updateEditorState();
}

BackendsSettingsPage::~BackendsSettingsPage()
{
    if (m_test)
        m_test->cancel();
}

void BackendsSettingsPage::createWidgets()
{
    m_intro = new QLabel(this);
    m_intro->setObjectName(u"backendsIntro"_s);
    m_intro->setWordWrap(true);

    m_list = new QListView(this);
    m_list->setObjectName(u"backendList"_s);
    m_list->setModel(m_model);
    m_list->setItemDelegate(new BackendListDelegate(m_list));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setUniformItemSizes(true);
    m_list->setMinimumWidth(200);
    m_list->setMaximumWidth(260);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { showBackend(current.row()); });

    m_addButton = new QToolButton(this);
    m_addButton->setObjectName(u"addBackendButton"_s);
    m_addButton->setIcon(QIcon::fromTheme(u"list-add"_s));
    m_addButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    connect(m_addButton, &QToolButton::clicked, this, &BackendsSettingsPage::addBackend);
    m_removeButton = new QToolButton(this);
    m_removeButton->setObjectName(u"removeBackendButton"_s);
    m_removeButton->setIcon(QIcon::fromTheme(u"list-remove"_s));
    m_removeButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    connect(m_removeButton, &QToolButton::clicked, this,
            &BackendsSettingsPage::removeSelectedBackend);

    auto* listButtons = new QHBoxLayout;
    listButtons->setSpacing(4);
    listButtons->addWidget(m_addButton);
    listButtons->addWidget(m_removeButton);
    listButtons->addStretch();
    auto* listColumn = new QVBoxLayout;
    listColumn->addWidget(m_list, 1);
    listColumn->addLayout(listButtons);

    // The editor, or an invitation to add a backend while there is none.
    m_editorStack = new QStackedWidget(this);
    m_emptyLabel = new QLabel(m_editorStack);
    m_emptyLabel->setObjectName(u"noBackendLabel"_s);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    m_editorStack->addWidget(m_emptyLabel);

    auto* editor = new QWidget(m_editorStack);
    editor->setObjectName(u"backendEditor"_s);
    m_nameEdit = new QLineEdit(editor);
    m_nameEdit->setObjectName(u"backendNameEdit"_s);
    m_nameEdit->setClearButtonEnabled(true);
    connect(m_nameEdit, &QLineEdit::textEdited, this, &BackendsSettingsPage::updateCurrentBackend);

    m_kindCombo = new QComboBox(editor);
    m_kindCombo->setObjectName(u"backendKindCombo"_s);
    for (client::BackendKind kind : client::kAllBackendKinds)
        m_kindCombo->addItem(client::backendKindDisplayName(kind), int(kind));
    connect(m_kindCombo, &QComboBox::activated, this, [this] {
        updateCurrentBackend();
        if (m_kindCombo->currentData().toInt() == int(client::BackendKind::Custom))
            m_urlEdit->setFocus();
    });

    m_urlEdit = new QLineEdit(editor);
    m_urlEdit->setObjectName(u"backendUrlEdit"_s);
    m_urlEdit->setInputMethodHints(Qt::ImhUrlCharactersOnly | Qt::ImhNoAutoUppercase);
    connect(m_urlEdit, &QLineEdit::textEdited, this, &BackendsSettingsPage::updateCurrentBackend);

    m_keyEdit = new QLineEdit(editor);
    m_keyEdit->setObjectName(u"apiKeyEdit"_s);
    m_keyEdit->setEchoMode(QLineEdit::Password);
    m_keyEdit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData |
                                   Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    m_revealAction = m_keyEdit->addAction(QIcon(u":/icons/settings/show-password.svg"_s),
                                          QLineEdit::TrailingPosition);
    m_revealAction->setObjectName(u"revealApiKeyAction"_s);
    m_revealAction->setCheckable(true);
    connect(m_revealAction, &QAction::toggled, this, &BackendsSettingsPage::setKeyRevealed);
    connect(m_keyEdit, &QLineEdit::textEdited, this, &BackendsSettingsPage::onKeyEdited);

    m_keyHint = new QLabel(editor);
    m_keyHint->setObjectName(u"apiKeyHint"_s);
    m_keyHint->setWordWrap(true);
    m_keyHint->setForegroundRole(QPalette::PlaceholderText);
    QFont hintFont = m_keyHint->font();
    hintFont.setPointSizeF(hintFont.pointSizeF() * 0.92);
    m_keyHint->setFont(hintFont);

    m_testButton = new QPushButton(editor);
    m_testButton->setObjectName(u"testConnectionButton"_s);
    m_testButton->setAutoDefault(false);
    connect(m_testButton, &QPushButton::clicked, this, [this] {
        if (m_test)
            cancelConnectionTest();
        else
            testConnection();
    });
    m_testMessage = new InlineMessage(editor);
    m_testMessage->setObjectName(u"connectionTestMessage"_s);

    m_formMessage = new InlineMessage(editor);
    m_formMessage->setObjectName(u"backendFormMessage"_s);

    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_form->addRow(formLabel(m_nameEdit, u"backendNameLabel"_s), m_nameEdit);
    m_form->addRow(formLabel(m_kindCombo, u"backendKindLabel"_s), m_kindCombo);
    m_form->addRow(formLabel(m_urlEdit, u"backendUrlLabel"_s), m_urlEdit);
    m_form->addRow(formLabel(m_keyEdit, u"apiKeyLabel"_s), m_keyEdit);
    m_form->addRow(QString(), m_keyHint);

    auto* testRow = new QHBoxLayout;
    testRow->addWidget(m_testButton, 0, Qt::AlignTop);
    testRow->addWidget(m_testMessage, 1);
    auto* editorLayout = new QVBoxLayout(editor);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addLayout(m_form);
    editorLayout->addSpacing(6);
    editorLayout->addLayout(testRow);
    editorLayout->addWidget(m_formMessage);
    editorLayout->addStretch();
    m_editorStack->addWidget(editor);

    auto* columns = new QHBoxLayout;
    columns->setSpacing(14);
    columns->addLayout(listColumn);
    columns->addWidget(m_editorStack, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addSpacing(4);
    layout->addLayout(columns, 1);

    setTabOrder(m_list, m_addButton);
    setTabOrder(m_addButton, m_removeButton);
    setTabOrder(m_removeButton, m_nameEdit);
    setTabOrder(m_nameEdit, m_kindCombo);
    setTabOrder(m_kindCombo, m_urlEdit);
    setTabOrder(m_urlEdit, m_keyEdit);
    setTabOrder(m_keyEdit, m_testButton);
}

void BackendsSettingsPage::retranslateUi()
{
    m_intro->setText(tr("Winnow can run jobs on ML Hub or on a Winnow server as well as on this "
                        "computer. API keys are kept in the system keychain, never in Winnow's "
                        "settings file."));
    m_list->setAccessibleName(tr("Remote backends"));
    m_addButton->setText(tr("Add"));
    m_addButton->setToolTip(tr("Add a remote backend"));
    m_removeButton->setText(tr("Remove"));
    m_removeButton->setToolTip(tr("Remove the selected backend and delete its API key"));
    m_emptyLabel->setText(tr("No remote backends yet.\nAdd one to run jobs on ML Hub or on a "
                             "Winnow server."));

    static_cast<QLabel*>(m_form->labelForField(m_nameEdit))->setText(tr("&Name:"));
    static_cast<QLabel*>(m_form->labelForField(m_kindCombo))->setText(tr("&Kind:"));
    static_cast<QLabel*>(m_form->labelForField(m_urlEdit))->setText(tr("&URL:"));
    static_cast<QLabel*>(m_form->labelForField(m_keyEdit))->setText(tr("API &key:"));
    m_nameEdit->setPlaceholderText(tr("A name to recognise it by"));
    m_nameEdit->setAccessibleName(tr("Backend name"));
    m_kindCombo->setAccessibleName(tr("Backend kind"));
    for (int i = 0; i < m_kindCombo->count(); ++i)
        m_kindCombo->setItemText(i, client::backendKindDisplayName(
                                        client::BackendKind(m_kindCombo->itemData(i).toInt())));
    m_kindCombo->setToolTip(tr("ML Hub's production or staging service, or another service that "
                               "speaks the ML Hub AutoML API, such as a Winnow server"));
    m_urlEdit->setAccessibleName(tr("Backend URL"));
    m_urlEdit->setPlaceholderText(tr("https://automl.example.com"));
    m_keyEdit->setAccessibleName(tr("API key"));
    m_keyHint->setText(tr("Stored in the system keychain. Leave empty to use no key."));
    m_testButton->setToolTip(tr("List the service's jobs with this URL and key"));
    updateKeyField();
    updateEditorState();
}

void BackendsSettingsPage::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void BackendsSettingsPage::load()
{
    cancelConnectionTest();
    m_saved = client::BackendConfigStore().load();
    m_keyStates.clear();
    m_model->setBackends(m_saved);
    for (const client::BackendConfig& backend : std::as_const(m_saved))
        readKey(backend.id);
    if (m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(0));
    else
        showBackend(-1);
}

void BackendsSettingsPage::readKey(const QString& backendId)
{
    KeyState& state = m_keyStates[backendId];
    state.loading = true;
    state.error.clear();
    client::ApiKeyRequest* request = m_keys->read(backendId);
    connect(request, &client::ApiKeyRequest::finished, this, [this, request, backendId](bool ok) {
        auto found = m_keyStates.find(backendId);
        if (found == m_keyStates.end())
            return; // removed meanwhile
        KeyState& state = *found;
        state.loading = false;
        if (ok && !state.changed)
            state.key = request->key();
        if (!ok)
            state.error = request->errorString();
        if (m_model->backend(currentRow()).id == backendId)
            updateKeyField();
    });
}

bool BackendsSettingsPage::hasChanges() const
{
    if (m_model->backends() != m_saved)
        return true;
    return std::any_of(m_keyStates.begin(), m_keyStates.end(),
                       [](const KeyState& state) { return state.changed; });
}

int BackendsSettingsPage::currentRow() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void BackendsSettingsPage::addBackend()
{
    const client::BackendConfig backend = client::BackendConfig::create(
        uniqueName(tr("ML Hub"), m_model->backends()), client::BackendKind::MlHubProduction);
    m_keyStates.insert(backend.id, KeyState{});
    const int row = m_model->addBackend(backend);
    m_list->setCurrentIndex(m_model->index(row));
    m_nameEdit->setFocus();
    m_nameEdit->selectAll();
    emit changed();
}

void BackendsSettingsPage::removeSelectedBackend()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const QString id = m_model->backend(row).id;
    if (m_testedBackendId == id)
        cancelConnectionTest();
    m_keyStates.remove(id);
    m_model->removeBackend(row);
    const int next = std::min(row, m_model->rowCount() - 1);
    if (next >= 0)
        m_list->setCurrentIndex(m_model->index(next));
    else
        showBackend(-1);
    m_list->setFocus();
    emit changed();
}

void BackendsSettingsPage::showBackend(int row)
{
    if (m_test && m_model->backend(row).id != m_testedBackendId)
        cancelConnectionTest();
    m_testMessage->clearMessage();
    m_formMessage->clearMessage();
    m_revealAction->setChecked(false);

    const client::BackendConfig backend = m_model->backend(row);
    m_updatingEditor = true;
    m_nameEdit->setText(backend.name);
    m_kindCombo->setCurrentIndex(m_kindCombo->findData(int(backend.kind)));
    m_urlEdit->setText(backend.baseUrl().toString());
    m_updatingEditor = false;
    updateKeyField();
    updateEditorState();
}

void BackendsSettingsPage::updateCurrentBackend()
{
    const int row = currentRow();
    if (row < 0 || m_updatingEditor)
        return;
    client::BackendConfig backend = m_model->backend(row);
    const auto kind = client::BackendKind(m_kindCombo->currentData().toInt());
    backend.name = m_nameEdit->text();
    if (kind != backend.kind) {
        // An ML Hub environment has a fixed address; a custom URL starts empty.
        backend.kind = kind;
        backend.url = client::mlHubUrl(kind);
        m_updatingEditor = true;
        m_urlEdit->setText(backend.url.toString());
        m_updatingEditor = false;
    } else if (kind == client::BackendKind::Custom) {
        backend.url = QUrl::fromUserInput(m_urlEdit->text().trimmed());
        if (m_urlEdit->text().trimmed().isEmpty())
            backend.url = QUrl();
    }
    m_model->setBackend(row, backend);
    m_testMessage->clearMessage();
    updateEditorState();
    emit changed();
}

void BackendsSettingsPage::updateKeyField()
{
    const QString id = m_model->backend(currentRow()).id;
    const KeyState state = m_keyStates.value(id);
    m_updatingEditor = true;
    if (m_keyEdit->text() != state.key)
        m_keyEdit->setText(state.key);
    m_updatingEditor = false;
    m_keyEdit->setEnabled(!state.loading && !id.isEmpty());
    m_keyEdit->setPlaceholderText(state.loading ? tr("Reading from the keychain…")
                                                : tr("No API key"));
    if (!state.error.isEmpty())
        m_formMessage->showMessage(InlineMessage::Kind::Error, state.error);
    updateEditorState();
}

void BackendsSettingsPage::updateEditorState()
{
    const int row = currentRow();
    const bool hasBackend = row >= 0;
    m_editorStack->setCurrentIndex(hasBackend ? FormPage : EmptyPage);
    m_removeButton->setEnabled(hasBackend);

    const client::BackendConfig backend = m_model->backend(row);
    const bool custom = backend.kind == client::BackendKind::Custom;
    m_urlEdit->setReadOnly(!custom);
    m_urlEdit->setToolTip(custom ? tr("The service's address, e.g. http://server:8080 for a "
                                      "Winnow server")
                                 : tr("The address of this ML Hub environment"));

    const bool keyLoading = m_keyStates.value(backend.id).loading;
    const bool testing = m_test != nullptr;
    m_testButton->setText(testing ? tr("Cancel Test") : tr("&Test Connection"));
    m_testButton->setEnabled(hasBackend &&
                             (testing || (!keyLoading && backend.validationError().isEmpty())));

    const QString problem = backend.validationError();
    if (hasBackend && !problem.isEmpty())
        m_formMessage->showMessage(InlineMessage::Kind::Warning, problem);
    else if (m_formMessage->kind() == InlineMessage::Kind::Warning)
        m_formMessage->clearMessage();
}

void BackendsSettingsPage::setKeyRevealed(bool revealed)
{
    m_keyEdit->setEchoMode(revealed ? QLineEdit::Normal : QLineEdit::Password);
    m_revealAction->setIcon(QIcon(revealed ? u":/icons/settings/hide-password.svg"_s
                                           : u":/icons/settings/show-password.svg"_s));
    m_revealAction->setText(revealed ? tr("Hide API key") : tr("Show API key"));
    m_revealAction->setToolTip(m_revealAction->text());
}

void BackendsSettingsPage::onKeyEdited(const QString& text)
{
    const QString id = m_model->backend(currentRow()).id;
    if (id.isEmpty() || m_updatingEditor)
        return;
    KeyState& state = m_keyStates[id];
    state.key = text;
    state.changed = true;
    state.error.clear();
    if (m_formMessage->kind() == InlineMessage::Kind::Error)
        m_formMessage->clearMessage();
    m_testMessage->clearMessage();
    emit changed();
}

void BackendsSettingsPage::testConnection()
{
    const client::BackendConfig backend = m_model->backend(currentRow());
    if (backend.id.isEmpty() || !backend.validationError().isEmpty())
        return;
    m_testedBackendId = backend.id;
    m_test = new client::ConnectionTestJob(m_network, backend.baseUrl(), m_keyEdit->text(), this);
    m_test->setTimeout(m_connectionTimeout);
    connect(m_test, &client::ConnectionTestJob::finished, this,
            &BackendsSettingsPage::onConnectionTestFinished);
    m_test->start();
    m_testMessage->showMessage(InlineMessage::Kind::Busy,
                               tr("Connecting to %1…").arg(backend.baseUrl().host()));
    updateEditorState();
}

void BackendsSettingsPage::cancelConnectionTest()
{
    if (!m_test)
        return;
    client::ConnectionTestJob* test = m_test;
    m_test = nullptr;
    test->disconnect(this);
    test->cancel();
    m_testMessage->showMessage(InlineMessage::Kind::Information, tr("Connection test cancelled."));
    updateEditorState();
}

void BackendsSettingsPage::onConnectionTestFinished(bool ok)
{
    client::ConnectionTestJob* test = m_test;
    m_test = nullptr;
    if (!test)
        return;
    if (ok)
        m_testMessage->showMessage(
            InlineMessage::Kind::Success,
            tr("Connected: %n job(s) on the service.", nullptr, test->jobCount()));
    else
        m_testMessage->showMessage(InlineMessage::Kind::Error, test->errorString());
    updateEditorState();
}

QString BackendsSettingsPage::validate()
{
    const QList<client::BackendConfig> backends = m_model->backends();
    for (int row = 0; row < backends.size(); ++row) {
        const QString problem = backends[row].validationError();
        if (!problem.isEmpty()) {
            m_list->setCurrentIndex(m_model->index(row));
            return tr("“%1”: %2").arg(m_model->index(row).data().toString(), problem);
        }
    }
    return {};
}

void BackendsSettingsPage::apply()
{
    if (isApplying())
        return;
    m_applyErrors.clear();
    const QList<client::BackendConfig> backends = m_model->backends();
    if (const QString problem = validate(); !problem.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this, problem] { emit applyFinished(false, problem); }, Qt::QueuedConnection);
        return;
    }
    if (const auto saved = client::BackendConfigStore().save(backends); !saved.ok()) {
        const QString error = saved.errorString();
        QMetaObject::invokeMethod(
            this, [this, error] { emit applyFinished(false, error); }, Qt::QueuedConnection);
        return;
    }

    // The keychain: keys typed since the last save, and keys of backends removed.
    QList<client::ApiKeyRequest*> requests;
    for (const client::BackendConfig& backend : backends) {
        KeyState& state = m_keyStates[backend.id];
        if (state.changed) {
            requests << m_keys->write(backend.id, state.key);
            state.changed = false;
        }
    }
    for (const client::BackendConfig& old : std::as_const(m_saved)) {
        if (m_model->rowOf(old.id) < 0)
            requests << m_keys->remove(old.id);
    }
    m_saved = backends;

    m_pendingRequests = int(requests.size()) + 1; // +1: this call, finished below
    for (client::ApiKeyRequest* request : std::as_const(requests)) {
        const QString backendName =
            m_model->index(m_model->rowOf(request->backendId())).data().toString();
        connect(
            request, &client::ApiKeyRequest::finished, this, [this, request, backendName](bool ok) {
                if (ok) {
                    finishRequest({});
                    return;
                }
                // A key that could not be written stays "changed", so Apply tries again.
                if (auto state = m_keyStates.find(request->backendId()); state != m_keyStates.end())
                    state->changed = true;
                finishRequest(backendName.isEmpty()
                                  ? request->errorString()
                                  : tr("“%1”: %2").arg(backendName, request->errorString()));
            });
    }
    QMetaObject::invokeMethod(
        this, [this] { finishRequest({}); }, Qt::QueuedConnection);
}

void BackendsSettingsPage::finishRequest(const QString& error)
{
    if (!error.isEmpty())
        m_applyErrors << error;
    if (--m_pendingRequests > 0)
        return;
    emit applyFinished(m_applyErrors.isEmpty(), m_applyErrors.join(u'\n'));
}

} // namespace winnow::ui
