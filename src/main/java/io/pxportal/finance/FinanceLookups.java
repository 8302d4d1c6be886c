package io.pxportal.finance;

import io.pxportal.contracts.ContractFilter;
import io.pxportal.contracts.ContractService;
import io.pxportal.contracts.ContractView;
import io.pxportal.exchange.ImportRow;
import io.pxportal.exchange.NameIndex;
import io.pxportal.portfolio.PlatformRef;
import io.pxportal.portfolio.PlatformService;
import io.pxportal.portfolio.VendorRef;
import io.pxportal.portfolio.VendorService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/** Names in import rows and API bodies turned into ids, and the cells finance rows share (month, currency). */
@Component
class FinanceLookups {

    private final PlatformService platforms;
    private final VendorService vendors;
    private final ContractService contracts;

    FinanceLookups(PlatformService platforms, VendorService vendors, ContractService contracts) {
        this.platforms = platforms;
        this.vendors = vendors;
        this.contracts = contracts;
    }

    /** A platform by its exact name (case aside). */
    Optional<Long> platform(String name) {
        return platforms.refs(name, PageRequest.of(0, 50)).stream()
                .filter(p -> p.name().equalsIgnoreCase(name))
                .map(PlatformRef::id)
                .findFirst();
    }

    Optional<Long> vendor(String name) {
        return vendors.findByName(name).map(VendorRef::id);
    }

    /** A contract by its exact number (case aside). */
    Optional<Long> contract(String number) {
        return contractView(number).map(ContractView::id);
    }

    Optional<ContractView> contractView(String number) {
        return contracts.page(new ContractFilter(number, null, null), PageRequest.of(0, 50)).stream()
                .filter(c -> c.draft().number().equalsIgnoreCase(number))
                .findFirst();
    }

    Long platform(ImportRow row, String column) {
        String name = row.text(column);
        return name == null
                ? null
                : platform(name).orElseGet(() -> {
                    row.error(column, "import.value.unknown-platform", name);
                    return null;
                });
    }

    Long vendor(ImportRow row, String column) {
        String name = row.text(column);
        return name == null
                ? null
                : vendor(name).orElseGet(() -> {
                    row.error(column, "import.value.unknown-vendor", name);
                    return null;
                });
    }

    Long contract(ImportRow row, String column) {
        String number = row.text(column);
        return number == null
                ? null
                : contract(number).orElseGet(() -> {
                    row.error(column, "import.value.unknown-contract", number);
                    return null;
                });
    }

    /** Look-ups for one pass over a file: each kind of record's names read once, when first needed. */
    Pass pass() {
        return new Pass();
    }

    /** The look-ups by name of one import pass, answered from one query per kind instead of a search per row. */
    final class Pass {

        private NameIndex platformIds;
        private NameIndex vendorIds;
        private NameIndex contractIds;

        Long platform(ImportRow row, String column) {
            if (platformIds == null) {
                platformIds = platforms.nameIndex();
            }
            return find(row, column, platformIds, "import.value.unknown-platform");
        }

        Long vendor(ImportRow row, String column) {
            if (vendorIds == null) {
                vendorIds = vendors.nameIndex();
            }
            return find(row, column, vendorIds, "import.value.unknown-vendor");
        }

        Long contract(ImportRow row, String column) {
            if (contractIds == null) {
                contractIds = contracts.numberIndex();
            }
            return find(row, column, contractIds, "import.value.unknown-contract");
        }

        private static Long find(ImportRow row, String column, NameIndex index, String unknown) {
            String name = row.text(column);
            return name == null
                    ? null
                    : index.find(name).orElseGet(() -> {
                        row.error(column, unknown, name);
                        return null;
                    });
        }
    }

    /** A month written as 2026-03, or any date in it in the file's format; month 13 or 00 is a row error. */
    static YearMonth month(ImportRow row, String column) {
        String text = row.text(column);
        if (text != null && text.matches("\\d{4}-\\d{1,2}")) {
            int month = Integer.parseInt(text.substring(5));
            if (month < 1 || month > 12) {
                row.error(column, "finance.import.not-a-month", text);
                return null;
            }
            return YearMonth.of(Integer.parseInt(text.substring(0, 4)), month);
        }
        LocalDate date = row.date(column);
        return date == null ? null : YearMonth.from(date);
    }

    /** A currency code, upper-cased; an unknown one is a row error. */
    static String currency(ImportRow row, String column) {
        String text = row.text(column);
        if (text == null) {
            return null;
        }
        String code = text.toUpperCase(java.util.Locale.ROOT);
        if (!Money.isCurrency(code)) {
            row.error(column, "finance.currency.unknown", text);
        }
        return code;
    }

    static BigDecimal plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros();
    }
}
