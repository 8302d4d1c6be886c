package io.pxportal.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import io.pxportal.shared.audit.AuditEntry;
import io.pxportal.shared.domain.DomainException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The editor of one record: its form on the first tab, its history on the last; save, delete (confirmed) and
 * cancel in the footer, save and delete only on the tabs they act on. Read-only when the user may not change the
 * record.
 */
public class EditorDialog extends Dialog {

    private final TabSheet tabs = new TabSheet();
    private final Button save = new Button();
    private final Button delete = new Button();
    private final Button cancel = new Button();
    /** The tabs that Save and Delete act on; on the others (history, panels with their own buttons) they hide. */
    private final Set<Tab> savedTabs = new HashSet<>();

    public EditorDialog(String title, Component form) {
        setHeaderTitle(title);
        setId("editor-dialog");
        setWidth("min(56em, 96vw)");
        setCloseOnOutsideClick(false);
        savedTabs.add(tabs.add(getTranslation("editor.details"), form));
        tabs.setWidthFull();
        tabs.addSelectedChangeListener(e -> {
            boolean saved = savedTabs.contains(e.getSelectedTab());
            save.getElement().setAttribute("hidden", !saved);
            delete.getElement().setAttribute("hidden", !saved);
        });
        add(tabs);

        save.setText(getTranslation("editor.save"));
        save.setId("editor-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        delete.setText(getTranslation("editor.delete"));
        delete.setId("editor-delete");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.setVisible(false);
        cancel.setText(getTranslation("editor.cancel"));
        cancel.setId("editor-cancel");
        cancel.addClickListener(e -> close());
        getFooter().add(delete, cancel, save);
    }

    /** Adds a further tab that Save saves with the record (e.g. a vendor's contacts) before the history. */
    public void addTab(String label, Component content) {
        savedTabs.add(tabs.add(label, content));
    }

    /**
     * Adds a tab that Save does not save: read-only (an explanation, a chart) or acting through its own buttons
     * (a decision, documents); Save and Delete hide while it is shown.
     */
    public Tab addPanel(String label, Component content) {
        return tabs.add(label, content);
    }

    /** Adds the history tab; the history is loaded only when the tab is first opened. */
    public void addHistory(Supplier<List<AuditEntry>> history) {
        HistoryPanel panel = new HistoryPanel();
        var tab = tabs.add(getTranslation("editor.history"), panel);
        tab.setId("history-tab");
        boolean[] shown = {false};
        tabs.addSelectedChangeListener(e -> {
            if (e.getSelectedTab() == tab && !shown[0]) {
                panel.show(history.get());
                shown[0] = true;
            }
        });
    }

    /** Runs {@code action} on save; a broken rule (e.g. a concurrent edit) is shown and the dialog stays open. */
    public void onSave(Runnable action) {
        save.addClickListener(e -> explainingDomainErrors(action));
    }

    private void explainingDomainErrors(Runnable action) {
        try {
            action.run();
        } catch (DomainException ex) {
            Notifications.error(getTranslation(ex.messageKey(), ex.arguments()));
        }
    }

    /** Shows a delete button that asks for confirmation, naming the record. */
    public void onDelete(String recordName, Runnable action) {
        delete.setVisible(true);
        delete.addClickListener(e -> {
            ConfirmDialog confirm = new ConfirmDialog(
                    getTranslation("editor.delete.title"),
                    getTranslation("editor.delete.question", recordName),
                    getTranslation("editor.delete"),
                    ok -> explainingDomainErrors(action),
                    getTranslation("editor.cancel"),
                    no -> {});
            confirm.setConfirmButtonTheme("error primary");
            confirm.open();
        });
    }

    /** Hides the save and delete buttons for a user who may only look. */
    public void setEditable(boolean editable) {
        save.setVisible(editable);
        if (!editable) {
            delete.setVisible(false);
        }
    }
}
