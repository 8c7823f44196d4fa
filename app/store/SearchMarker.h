#pragma once

#include <QString>
#include <QStringList>

namespace commdesk {

// Marks what a search matched in a text, as the index's tokenizer reads it (store/SearchIndex: unicode61,
// accents removed): a word is marked when it begins with one of the typed words' tokens, whatever its case
// and accents. Marks are SearchIndex::kMatchStart and kMatchEnd, never HTML.
class SearchMarker
{
public:
    explicit SearchMarker(const QString &typed);

    // The words of `typed` as the index compares them: letters and digits, case folded, no accents.
    static QStringList tokens(const QString &text);
    static QString folded(QStringView word);

    QString marked(const QString &text) const;
    // About `words` words around the first match, with "…" where the text goes on; empty without a match.
    QString snippet(const QString &text, int words = 14) const;

private:
    struct Word
    {
        qsizetype start;
        qsizetype end;
    };
    static QList<Word> wordsOf(const QString &text);
    bool matches(QStringView word) const;
    QString markedRange(const QString &text, const QList<Word> &words, qsizetype first, qsizetype last) const;

    QStringList m_tokens;
};

} // namespace commdesk
