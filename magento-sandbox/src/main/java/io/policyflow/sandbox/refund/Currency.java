package io.policyflow.sandbox.refund;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Map;

/** Formats amounts like Magento's {@code Currency::formatTxt} in an en_US store: {@code $5.00}. */
public final class Currency {

  private static final Map<String, String> SYMBOLS =
      Map.of(
          "USD", "$", "EUR", "€", "GBP", "£", "JPY", "¥", "CAD", "CA$", "AUD", "A$", "CHF", "CHF ");

  private Currency() {}

  public static String format(String currencyCode, BigDecimal amount) {
    DecimalFormat format =
        new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.US));
    String number = format.format(amount.setScale(2, RoundingMode.HALF_UP));
    String code = currencyCode == null ? "USD" : currencyCode;
    String symbol = SYMBOLS.getOrDefault(code, code + " ");
    if (number.startsWith("-")) {
      return "-" + symbol + number.substring(1);
    }
    return symbol + number;
  }
}
