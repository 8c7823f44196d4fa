#pragma once

// Header-only: driving real widgets the way a user does, for the GUI tests.

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTest>

// The named child; a missing one ends the test run at once with its name (a renamed control).
template<class T>
T *child(const QObject *root, const char *name)
{
    T *found = root->findChild<T *>(QLatin1StringView(name));
    if (!found)
        qFatal("no %s named %s", T::staticMetaObject.className(), name);
    return found;
}

// Replaces what the field holds by typing `text` (lines split at '\n' go in with Return).
inline void typeInto(QWidget *field, const QString &text)
{
    field->setFocus();
    if (auto *line = qobject_cast<QLineEdit *>(field))
        line->selectAll();
    else if (auto *plain = qobject_cast<QPlainTextEdit *>(field))
        plain->selectAll();
    if (text.isEmpty()) {
        QTest::keyClick(field, Qt::Key_Delete);
        return;
    }
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0)
            QTest::keyClick(field, Qt::Key_Return);
        QTest::keyClicks(field, lines.at(i));
    }
}

// Types `text` where the cursor is, keeping what the field holds.
inline void typeMore(QWidget *field, const QString &text)
{
    field->setFocus();
    QTest::keyClicks(field, text);
}

// Picks the entry whose data is `value` (an enum's int) as a user would, activated() included.
inline void chooseEnum(QComboBox *combo, int value)
{
    const int index = combo->findData(value);
    QVERIFY(index >= 0);
    combo->setCurrentIndex(index);
    Q_EMIT combo->activated(index);
}
