// A helper for tst_localdrafts: a compose window in a process of its own that types a subject,
// prints "typed", and waits to be killed. The draft store is the file named on the command line.
#include "ComposeDialog.h"
#include "CrmConnection.h"
#include "LocalDraftStore.h"

#include <QApplication>
#include <QLineEdit>
#include <QTest>
#include <QTimer>

#include <cstdio>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    if (argc < 3)
        return 2;
    commdesk::LocalDraftStore store;
    if (!store.open(QString::fromLocal8Bit(argv[1])))
        return 3;
    commdesk::CrmConnection connection; // no server: nothing needs one here
    commdesk::ComposeDialog dialog(&connection, nullptr);
    dialog.setLocalStores(&store, nullptr);
    dialog.show();
    QTimer::singleShot(100, &dialog, [&dialog, subject = QString::fromLocal8Bit(argv[2])] {
        auto *field = dialog.findChild<QLineEdit *>(QStringLiteral("subject"));
        if (!field)
            QCoreApplication::exit(4);
        field->setFocus();
        QTest::keyClicks(field, subject);
        std::fputs("typed\n", stdout);
        std::fflush(stdout);
    });
    return app.exec();
}
