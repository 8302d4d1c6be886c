package io.pxportal.contracts.ui;

import io.pxportal.contracts.ContractDocumentService;
import io.pxportal.contracts.ContractService;
import io.pxportal.contracts.ContractView;
import io.pxportal.contracts.RenewalDecisionService;
import io.pxportal.identity.UserDirectory;
import io.pxportal.portfolio.PlatformService;
import io.pxportal.portfolio.VendorService;
import io.pxportal.shared.ui.EditorDialog;
import io.pxportal.shared.ui.Notifications;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * The one editor of a contract, wherever it is opened (the list, the calendar, an alert): details, renewal
 * explanation, decision, documents and history; read-only for those who may not change it. A saved or deleted
 * contract is reported to {@code onChange}.
 */
@Component
class ContractEditor {

    private final ContractService contracts;
    private final VendorService vendors;
    private final PlatformService platforms;
    private final UserDirectory users;
    private final RenewalDecisionService decisions;
    private final ContractDocumentService documents;
    private final Clock clock;

    ContractEditor(
            ContractService contracts,
            VendorService vendors,
            PlatformService platforms,
            UserDirectory users,
            RenewalDecisionService decisions,
            ContractDocumentService documents,
            Clock clock) {
        this.contracts = contracts;
        this.clock = clock;
        this.vendors = vendors;
        this.platforms = platforms;
        this.users = users;
        this.decisions = decisions;
        this.documents = documents;
    }

    /** Opens a new contract, starting today. */
    void openNew(Runnable onChange) {
        open(null, onChange);
    }

    void open(Long contractId, Runnable onChange) {
        ContractView contract = contractId == null ? null : contracts.get(contractId);
        var owners = users.productOwners();
        ContractForm form = new ContractForm(vendors, platforms, owners, clock);
        boolean editable = contract == null || contract.editable();
        EditorDialog dialog = new EditorDialog(
                contract == null
                        ? form.getTranslation("contract.new")
                        : contract.draft().number() + " · " + contract.draft().title(),
                form);
        if (contract == null) {
            form.startingOn(LocalDate.now(clock));
        } else {
            form.edit(contract, owners);
            // These tabs explain or act through their own buttons: Save and Delete do not show there.
            dialog.addPanel(
                            form.getTranslation("contract.renewal-tab"),
                            new RenewalPanel(contracts, contract.id(), contract.schedule()))
                    .setId("contract-renewal-tab");
            dialog.addPanel(form.getTranslation("decision.tab"), new DecisionPanel(decisions, contract, users))
                    .setId("contract-decision-tab");
            dialog.addPanel(form.getTranslation("document.tab"), new DocumentsPanel(documents, contract.id(), editable))
                    .setId("contract-documents-tab");
            dialog.addHistory(() -> contracts.history(contract.id()));
            if (editable) {
                dialog.onDelete(contract.draft().number(), () -> {
                    contracts.delete(contract.id(), contract.draft().version());
                    Notifications.success(form.getTranslation(
                            "editor.deleted", contract.draft().number()));
                    dialog.close();
                    onChange.run();
                });
            }
        }
        form.setReadOnly(!editable);
        dialog.setEditable(editable);
        dialog.onSave(() -> form.validDraft().ifPresent(draft -> {
            ContractView saved = contract == null ? contracts.create(draft) : contracts.update(contract.id(), draft);
            Notifications.success(form.getTranslation(
                    saved.inconsistent() ? "contract.saved-inconsistent" : "editor.saved", draft.number()));
            dialog.close();
            onChange.run();
        }));
        dialog.open();
    }
}
