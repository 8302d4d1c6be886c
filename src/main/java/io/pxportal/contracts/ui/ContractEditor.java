package io.pxportal.contracts.ui;

import io.pxportal.contracts.ContractService;
import io.pxportal.contracts.ContractView;
import io.pxportal.identity.UserDirectory;
import io.pxportal.portfolio.PlatformService;
import io.pxportal.portfolio.VendorService;
import io.pxportal.shared.ui.EditorDialog;
import io.pxportal.shared.ui.Notifications;

/**
 * Opens one contract in the same editor as the contracts list (details, renewal, history), read-only for those
 * who may not change it, and reports a saved or deleted contract to {@code onChange}.
 */
class ContractEditor {

    private final ContractService contracts;
    private final VendorService vendors;
    private final PlatformService platforms;
    private final UserDirectory users;
    private final Runnable onChange;

    ContractEditor(ContractService contracts, VendorService vendors, PlatformService platforms, UserDirectory users,
                   Runnable onChange) {
        this.contracts = contracts;
        this.vendors = vendors;
        this.platforms = platforms;
        this.users = users;
        this.onChange = onChange;
    }

    void open(Long contractId) {
        ContractView contract = contracts.get(contractId);
        var owners = users.productOwners();
        ContractForm form = new ContractForm(vendors, platforms, owners);
        form.edit(contract, owners);
        form.setReadOnly(!contract.editable());
        EditorDialog dialog = new EditorDialog(contract.draft().number() + " · " + contract.draft().title(), form);
        dialog.addTab(form.getTranslation("contract.renewal-tab"), new RenewalPanel(contracts, contract.id(),
                contract.schedule()));
        dialog.addHistory(() -> contracts.history(contract.id()));
        dialog.setEditable(contract.editable());
        if (contract.editable()) {
            dialog.onDelete(contract.draft().number(), () -> {
                contracts.delete(contract.id(), contract.draft().version());
                Notifications.success(form.getTranslation("editor.deleted", contract.draft().number()));
                dialog.close();
                onChange.run();
            });
        }
        dialog.onSave(() -> form.validDraft().ifPresent(draft -> {
            contracts.update(contract.id(), draft);
            Notifications.success(form.getTranslation("editor.saved", draft.number()));
            dialog.close();
            onChange.run();
        }));
        dialog.open();
    }
}
