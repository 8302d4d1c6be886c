/** The API's import and export endpoints: files and JSON rows in, CSV/XLSX out, under /api/v1. */
package io.pxportal.exchange.api;
