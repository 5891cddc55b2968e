package io.policyflow.refund.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Map;

/**
 * Money as the bot says it: "$59.00", "€12.50", "1,200 JPY". Amounts come from data, never from
 * free text.
 */
public final class MoneyText {

  private static final Map<String, String> SYMBOLS = Map.of("USD", "$", "EUR", "€", "GBP", "£");

  private MoneyText() {}

  public static String format(BigDecimal amount, String currency) {
    String code = currency == null ? "" : currency.toUpperCase();
    BigDecimal scaled = amount.setScale(fractionDigits(code), RoundingMode.HALF_UP);
    String digits = String.format(java.util.Locale.ENGLISH, "%,." + scaled.scale() + "f", scaled);
    String symbol = SYMBOLS.get(code);
    return symbol != null ? symbol + digits : digits + " " + code;
  }

  /** The currency's usual number of decimals (2 when unknown). */
  public static int fractionDigits(String currency) {
    try {
      int digits = Currency.getInstance(currency).getDefaultFractionDigits();
      return digits < 0 ? 2 : digits;
    } catch (RuntimeException unknown) {
      return 2;
    }
  }

  /** The amount with its currency's scale, as stored in views ("59.00"). */
  public static BigDecimal scaled(BigDecimal amount, String currency) {
    return amount.setScale(fractionDigits(currency), RoundingMode.HALF_UP);
  }
}
