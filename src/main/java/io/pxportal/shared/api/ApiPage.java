package io.pxportal.shared.api;

import java.util.List;

/** One page of a list: the items, which page of what size it is, and how many items there are in all. */
public record ApiPage<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    public static <T> ApiPage<T> of(List<T> items, int page, int size, long totalItems) {
        return new ApiPage<>(items, page, size, totalItems, (int) ((totalItems + size - 1) / size));
    }
}
