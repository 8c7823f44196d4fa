#pragma once

class QComboBox;
class QLineEdit;
class QToolBar;
class QWidget;

namespace commdesk::accessibility {

// What Qt makes without a name, named for screen readers (docs/architecture.md "Keyboard").

// Shows the field's clear button, named "Clear" (Qt's has only an icon).
void enableClearButton(QLineEdit *field);
// The tool bar's "more" button, shown when its actions do not fit.
void nameOverflowButton(QToolBar *toolBar);
// Ties `combo` (which has its accessible name and a parent) to a label a screen reader on Linux can find: there Qt
// reports a combo box's current value as its name and takes its purpose from the labels among its siblings whose
// buddy it is. When it has none (no visible label, or one in another widget, such as a form's label column), a
// hidden one saying its accessible name is put beside it.
void labelComboBox(QComboBox *combo);
// The line edit inside an editable combo box or a key sequence edit takes the focus and is what a screen reader
// announces: it gets its owner's accessible name (set that first).
void nameInnerField(QWidget *owner);

} // namespace commdesk::accessibility
