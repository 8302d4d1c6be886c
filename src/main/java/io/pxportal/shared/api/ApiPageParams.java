package io.pxportal.shared.api;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * The {@code page} and {@code size} query parameters of every list ({@link ApiPageParamsResolver} reads them, with
 * their defaults); {@link ApiPaging} checks them when the page request is built.
 */
@ParameterObject
public record ApiPageParams(
        @Parameter(
                in = ParameterIn.QUERY,
                name = "page",
                description = "Page number, from 0",
                schema = @Schema(type = "integer", format = "int32", defaultValue = "0"))
        int page,

        @Parameter(
                in = ParameterIn.QUERY,
                name = "size",
                description = "Page size, 1 to " + ApiPaging.MAX_SIZE,
                schema = @Schema(type = "integer", format = "int32", defaultValue = "20"))
        int size) {

    static final String DEFAULT_PAGE = "0";
    static final String DEFAULT_SIZE = "20";

    /** The page sorted as {@code sort} asks, among the {@code sortable} names; see {@link ApiPaging#pageRequest}. */
    public PageRequest request(List<String> sort, Map<String, String> sortable, Sort fallback) {
        return ApiPaging.pageRequest(page, size, sort, sortable, fallback);
    }

    /** The page of a list a client cannot sort. */
    public PageRequest request(Sort fallback) {
        return ApiPaging.pageRequest(page, size, null, Map.of(), fallback);
    }
}
