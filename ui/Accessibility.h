#pragma once

class QLineEdit;
class QToolBar;
class QWidget;

namespace commdesk::accessibility {

// What Qt makes without a name, named for screen readers (docs/architecture.md "Keyboard").

// Shows the field's clear button, named "Clear" (Qt's has only an icon).
void enableClearButton(QLineEdit *field);
// The tool bar's "more" button, shown when its actions do not fit.
void nameOverflowButton(QToolBar *toolBar);
// The line edit inside an editable combo box or a key sequence edit takes the focus and is what a screen reader
// announces: it gets its owner's accessible name (set that first).
void nameInnerField(QWidget *owner);

} // namespace commdesk::accessibility
