#pragma once

#include <QSpinBox>

namespace winnow::ui {

// A spin box for a length of time in seconds that reads like one: "45 s",
// "5 min", "1 h 30 min". Typing accepts the same forms ("90 s", "1h30",
// "2 h"), and a bare number is minutes. The arrows step by an amount that
// suits the value: 10 s under a minute, a minute under ten, then 5 and 30.
class DurationSpinBox : public QSpinBox {
    Q_OBJECT

public:
    explicit DurationSpinBox(QWidget* parent = nullptr);

    void stepBy(int steps) override;

    // "1 h 30 min"; used for the text and by tests.
    static QString durationText(int seconds);
    // Seconds, or -1 when the text is not a duration.
    static int parseDuration(const QString& text);

protected:
    QString textFromValue(int value) const override;
    int valueFromText(const QString& text) const override;
    QValidator::State validate(QString& input, int& position) const override;
};

} // namespace winnow::ui
