package io.pxportal.shared.api;

import io.pxportal.shared.domain.DomainException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * Turns {@code page}, {@code size} and {@code sort} query parameters into a page request. Only the listed sort
 * names are accepted, each mapped to the property the service sorts by, so a client can neither sort by an
 * internal column nor cause an error deep in the query.
 */
public final class ApiPaging {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;

    private ApiPaging() {}

    /**
     * @param sort     {@code name}, {@code name,desc} or several of them; Spring may already have split a single
     *                 {@code name,desc} at the comma, so a lone {@code asc}/{@code desc} applies to the name before
     * @param sortable API sort name → property, in the order they are documented
     */
    public static PageRequest pageRequest(
            int page, int size, List<String> sort, Map<String, String> sortable, Sort fallback) {
        if (page < 0) {
            throw new DomainException("api.page.invalid");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new DomainException("api.size.invalid", MAX_SIZE);
        }
        // The database counts rows with an int: a page whose last row lies past it would overflow the offset.
        long lastPage = Integer.MAX_VALUE / size - 1;
        if (page > lastPage) {
            throw new DomainException("api.page.too-far", size, lastPage);
        }
        List<Sort.Order> orders = new ArrayList<>();
        for (String entry : sort == null ? List.<String>of() : sort) {
            for (String part : entry.split(",")) {
                String token = part.strip();
                if (token.isEmpty()) {
                    continue;
                }
                if (token.equalsIgnoreCase("asc") || token.equalsIgnoreCase("desc")) {
                    if (orders.isEmpty()) {
                        throw new DomainException("api.sort.invalid", token, String.join(", ", sortable.keySet()));
                    }
                    Sort.Order last = orders.removeLast();
                    orders.add(last.with(Sort.Direction.fromString(token)));
                    continue;
                }
                String property = sortable.get(token);
                if (property == null) {
                    throw new DomainException("api.sort.invalid", token, String.join(", ", sortable.keySet()));
                }
                orders.add(Sort.Order.asc(property));
            }
        }
        // A stable order for paging: the id last, so equal names do not move between pages.
        Sort requested = orders.isEmpty() ? fallback : Sort.by(orders);
        return PageRequest.of(page, size, requested.and(Sort.by("id")));
    }
}
