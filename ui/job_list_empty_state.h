#pragma once

#include <QFrame>
#include <QStringList>

class QLabel;
class QPushButton;

namespace winnow::ui {

// What the job list shows before there is any job: an invitation to drop a
// CSV file, with buttons to choose one or to try the bundled sample. It only
// draws and reports clicks; the main window handles the drag and drop.
class JobListEmptyState : public QFrame {
    Q_OBJECT

public:
    explicit JobListEmptyState(QWidget* parent = nullptr);

    // Shows the "Try the sample data" button.
    void setSampleAvailable(bool available);
    // Lists the files waiting for a new job under the buttons.
    void setPendingFiles(const QStringList& paths);
    // Highlights the drop zone while a CSV file is dragged over the window.
    void setDropHighlighted(bool highlighted);
    bool isDropHighlighted() const { return m_dropHighlighted; }

signals:
    void openCsvClicked();
    void sampleClicked();

protected:
    void changeEvent(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    void retranslateUi();
    void updateIllustration();
    void updatePendingText();

    QLabel* m_illustration = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_explanation = nullptr;
    QPushButton* m_openButton = nullptr;
    QPushButton* m_sampleButton = nullptr;
    QLabel* m_pending = nullptr;
    QStringList m_pendingFiles;
    bool m_dropHighlighted = false;
};

} // namespace winnow::ui
