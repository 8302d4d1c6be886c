package io.pxportal.contracts.ui;

import io.pxportal.contracts.AlertLeadTimes;
import io.pxportal.contracts.ContractDraft;
import io.pxportal.contracts.ContractView;
import io.pxportal.contracts.NoticeUnit;
import io.pxportal.contracts.RenewalTerms;
import io.pxportal.contracts.RenewalType;
import io.pxportal.contracts.UpliftType;
import io.pxportal.identity.UserRef;
import io.pxportal.portfolio.PlatformRef;
import io.pxportal.portfolio.VendorRef;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The contract form's mutable state, bound field by field by the form's sections; read from and to a draft. */
final class ContractFormData {
    String number = "";
    String title = "";
    VendorRef vendor;
    Set<PlatformRef> platforms = new HashSet<>();
    UserRef owner;
    LocalDate start;
    Integer initialTermMonths = 12;
    RenewalType renewalType = RenewalType.AUTOMATIC;
    Integer renewalPeriodMonths = 12;
    Integer noticeAmount = 90;
    NoticeUnit noticeUnit = NoticeUnit.DAYS;
    Integer explicitRenewals = 0;
    LocalDate noticeGivenOn;
    String currency = "EUR";
    BigDecimal annualValue;
    UpliftType upliftType = UpliftType.NONE;
    BigDecimal upliftPercent;
    String upliftIndex = "";
    BigDecimal upliftCap;
    BigDecimal upliftFloor;
    String notes = "";
    String alertLeadDays = AlertLeadTimes.format(AlertLeadTimes.DEFAULT);
    Long version;

    /** The state of a stored contract; its owner is picked among {@code owners} by username. */
    static ContractFormData of(ContractView contract, List<UserRef> owners) {
        ContractDraft d = contract.draft();
        ContractFormData data = new ContractFormData();
        data.number = d.number();
        data.title = d.title();
        data.vendor = contract.vendor();
        data.platforms = new HashSet<>(contract.platforms());
        data.owner = owners.stream()
                .filter(o -> o.username().equals(d.owner()))
                .findFirst()
                .orElse(null);
        data.start = d.start();
        data.initialTermMonths = d.initialTermMonths();
        data.renewalType = d.renewalType();
        data.renewalPeriodMonths = d.renewalPeriodMonths();
        data.noticeAmount = d.noticeAmount();
        data.noticeUnit = d.noticeUnit();
        data.explicitRenewals = d.explicitRenewals();
        data.noticeGivenOn = d.noticeGivenOn();
        data.currency = d.currency();
        data.annualValue = d.annualValue();
        data.upliftType = d.upliftType();
        data.upliftPercent = d.upliftPercent();
        data.upliftIndex = d.upliftIndex() == null ? "" : d.upliftIndex();
        data.upliftCap = d.upliftCapPercent();
        data.upliftFloor = d.upliftFloorPercent();
        data.notes = d.notes() == null ? "" : d.notes();
        data.alertLeadDays = AlertLeadTimes.format(d.alertLeadDays());
        data.version = d.version();
        return data;
    }

    /** The draft to save; call only when the form's binder has validated the state. */
    ContractDraft toDraft() {
        return new ContractDraft(
                number,
                title,
                vendor.id(),
                platforms.stream().map(PlatformRef::id).collect(Collectors.toSet()),
                owner == null ? null : owner.username(),
                start,
                initialTermMonths,
                renewalType,
                orZero(renewalPeriodMonths),
                orZero(noticeAmount),
                noticeUnit,
                orZero(explicitRenewals),
                noticeGivenOn,
                currency,
                annualValue,
                upliftType,
                upliftPercent,
                upliftIndex,
                upliftCap,
                upliftFloor,
                notes,
                AlertLeadTimes.parse(alertLeadDays),
                version);
    }

    /** The renewal terms as they stand; none while they are incomplete or invalid. */
    Optional<RenewalTerms> renewalTerms() {
        boolean complete = start != null
                && initialTermMonths != null
                && initialTermMonths >= 1
                && renewalType != null
                && noticeUnit != null
                && orZero(noticeAmount) >= 0
                && (renewalType == RenewalType.NONE || orZero(renewalPeriodMonths) >= 1);
        if (!complete) {
            return Optional.empty();
        }
        return Optional.of(new RenewalTerms(
                start,
                initialTermMonths,
                renewalType,
                renewalType == RenewalType.NONE ? 0 : renewalPeriodMonths,
                orZero(noticeAmount),
                noticeUnit,
                Math.max(0, orZero(explicitRenewals)),
                null));
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }
}
