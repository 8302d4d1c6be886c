package io.pxportal.exchange;

import io.pxportal.shared.domain.DomainException;
import java.util.List;
import org.springframework.stereotype.Component;

/** The exchangeable record types that the modules declared, by their type id. */
@Component
class ExchangeTypes {

    private final List<RecordExchange<?>> all;

    ExchangeTypes(List<RecordExchange<?>> all) {
        this.all = List.copyOf(all);
    }

    List<RecordExchange<?>> all() {
        return all;
    }

    RecordExchange<?> get(String type) {
        return all.stream()
                .filter(t -> t.type().equals(type))
                .findFirst()
                .orElseThrow(() -> new DomainException("import.type.unknown", type));
    }

    /** The type, if the current user may import it. */
    RecordExchange<?> importable(String type) {
        RecordExchange<?> exchange = get(type);
        if (!exchange.mayImport()) {
            throw new org.springframework.security.access.AccessDeniedException("import of " + type);
        }
        return exchange;
    }
}
