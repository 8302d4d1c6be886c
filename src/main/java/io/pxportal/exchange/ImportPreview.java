package io.pxportal.exchange;

import java.util.List;
import java.util.Map;

/**
 * What the mapping step shows: the file's headers, the column mapping (suggested from aliases, or the one the
 * user chose), and the first rows as they are in the file.
 */
public record ImportPreview(List<String> headers, Map<String, Integer> mapping, List<List<String>> rows) {}
