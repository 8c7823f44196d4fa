#pragma once

#include "Communication.h"
#include "CrmConnection.h"

#include <QDialog>

namespace commdesk {

class Settings;

// Compose a new communication or edit a draft (create and update, CRM-API.md §6). Non-modal: staff
// keep browsing while it is open.
class ComposeDialog : public QDialog
{
    Q_OBJECT

public:
    // What a new communication starts with (a follow-up, a resend, a template picked elsewhere).
    struct Prefill
    {
        std::optional<Identifier> contact;
        std::optional<Direction> direction;
        std::optional<Media> media;
        std::optional<Identifier> category;
        QString subject;
        QString content;
        QString to;
        std::optional<ReferringTo> referringTo;
    };

    ComposeDialog(CrmConnection *connection, Settings *settings, QWidget *parent = nullptr);
    ~ComposeDialog() override;

    void startNew(const Prefill &prefill = {});
    void editDraft(const Communication &draft);

Q_SIGNALS:
    // The server confirmed a create or an update (as a draft or completed).
    void communicationSaved(const Communication &communication);
};

} // namespace commdesk
