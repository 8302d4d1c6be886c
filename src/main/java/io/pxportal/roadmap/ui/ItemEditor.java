package io.pxportal.roadmap.ui;

import io.pxportal.portfolio.PlatformService;
import io.pxportal.portfolio.VendorService;
import io.pxportal.roadmap.Quarter;
import io.pxportal.roadmap.RoadmapItemService;
import io.pxportal.roadmap.RoadmapItemView;
import io.pxportal.shared.ui.EditorDialog;
import io.pxportal.shared.ui.Notifications;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * The one editor of a roadmap item, wherever it is opened (the list, the steering view): details, status history
 * and audit history; read-only for those who may not change it.
 */
@Component
class ItemEditor {

    private final RoadmapItemService items;
    private final VendorService vendors;
    private final PlatformService platforms;
    private final Clock clock;

    ItemEditor(RoadmapItemService items, VendorService vendors, PlatformService platforms, Clock clock) {
        this.items = items;
        this.vendors = vendors;
        this.platforms = platforms;
        this.clock = clock;
    }

    void open(Long itemId, Runnable onChange) {
        RoadmapItemView item = itemId == null ? null : items.get(itemId);
        LocalDate today = LocalDate.now(clock);
        Quarter now = Quarter.of(today);
        ItemForm form = new ItemForm(vendors, platforms, now);
        boolean editable = item == null || item.editable();
        EditorDialog dialog =
                new EditorDialog(item == null ? form.getTranslation("roadmap.item.new") : item.title(), form);
        if (item != null) {
            form.edit(item);
            dialog.addTab(
                    form.getTranslation("roadmap.status.tab"), new StatusPanel(items, item, now, today, changed -> {
                        dialog.close();
                        onChange.run();
                        open(changed.id(), onChange);
                    }));
            dialog.addHistory(() -> items.history(item.id()));
            if (editable) {
                dialog.onDelete(item.title(), () -> {
                    items.delete(item.id(), item.draft().version());
                    Notifications.success(form.getTranslation("editor.deleted", item.title()));
                    dialog.close();
                    onChange.run();
                });
            }
        }
        form.setReadOnly(!editable);
        dialog.setEditable(editable);
        dialog.onSave(() -> form.validDraft().ifPresent(draft -> {
            if (item == null) {
                items.create(draft);
            } else {
                items.update(item.id(), draft);
            }
            Notifications.success(form.getTranslation("editor.saved", draft.title()));
            dialog.close();
            onChange.run();
        }));
        dialog.open();
    }
}
