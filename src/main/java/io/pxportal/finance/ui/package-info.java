/** The finance views: overview (budget vs actual, forecast, cost per communication), cost lines, rates and settings. */
package io.pxportal.finance.ui;
