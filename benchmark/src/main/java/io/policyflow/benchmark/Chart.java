package io.policyflow.benchmark;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;

/** PNG charts drawn with java.awt (headless, no network, no dependency). */
final class Chart {

  static final Color[] PERCENTILE_COLORS = {
    new Color(0x1f77b4), new Color(0xff7f0e), new Color(0xd62728)
  };
  static final String[] PERCENTILE_NAMES = {"p50", "p90", "p99"};
  private static final Color GRID = new Color(0xdddddd);
  private static final Color FLOOR = new Color(0x888888);

  private Chart() {}

  /**
   * One panel per series group: latency (log scale) by concurrency (log-spaced), p50/p90/p99, with
   * the floor's p50 and p99 dashed in grey when given.
   *
   * @param values [panel][percentile 0..2][x]
   * @param floors [panel][0 = p50, 1 = p99][x], or null per panel
   */
  static void latencyPanels(
      Path file,
      String title,
      List<Integer> xs,
      List<String> panelTitles,
      double[][][] values,
      double[][][] floors) {
    int cols = 3;
    int rows = (panelTitles.size() + cols - 1) / cols;
    int pw = 420;
    int ph = 300;
    int top = 60;
    int width = cols * pw;
    int height = top + rows * ph + 40;
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = prepare(image);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
    g.drawString(title, 20, 32);
    legend(g, width - 520, 26, true);
    double min = Double.MAX_VALUE;
    double max = 0;
    for (int p = 0; p < values.length; p++) {
      for (double[] series : values[p]) {
        for (double v : series) {
          if (v > 0 && !Double.isNaN(v)) {
            min = Math.min(min, v);
            max = Math.max(max, v);
          }
        }
      }
      if (floors[p] != null) {
        for (double[] series : floors[p]) {
          for (double v : series) {
            if (v > 0 && !Double.isNaN(v)) {
              min = Math.min(min, v);
              max = Math.max(max, v);
            }
          }
        }
      }
    }
    double lo = Math.pow(10, Math.floor(Math.log10(min)));
    double hi = Math.pow(10, Math.ceil(Math.log10(max)));
    for (int p = 0; p < panelTitles.size(); p++) {
      int x0 = (p % cols) * pw;
      int y0 = top + (p / cols) * ph;
      panel(g, x0, y0, pw, ph, panelTitles.get(p), xs, values[p], floors[p], lo, hi);
    }
    g.dispose();
    write(image, file);
  }

  private static void panel(
      Graphics2D g,
      int x0,
      int y0,
      int w,
      int h,
      String title,
      List<Integer> xs,
      double[][] series,
      double[][] floor,
      double lo,
      double hi) {
    int left = x0 + 60;
    int right = x0 + w - 20;
    int topY = y0 + 30;
    int bottom = y0 + h - 45;
    g.setColor(Color.BLACK);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
    g.drawString(title, left, y0 + 20);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
    // y grid: decades and 2, 5
    for (double d = lo; d <= hi * 1.0001; d *= 10) {
      for (double m : new double[] {1, 2, 5}) {
        double v = d * m;
        if (v > hi * 1.0001) {
          break;
        }
        int y = yOf(v, lo, hi, topY, bottom);
        g.setColor(GRID);
        g.drawLine(left, y, right, y);
        g.setColor(Color.DARK_GRAY);
        String label =
            v >= 1 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.1f", v);
        g.drawString(label, left - 8 - g.getFontMetrics().stringWidth(label), y + 4);
      }
    }
    // x axis
    int[] px = new int[xs.size()];
    for (int i = 0; i < xs.size(); i++) {
      px[i] =
          xs.size() == 1
              ? (left + right) / 2
              : left + 15 + (right - left - 30) * i / (xs.size() - 1);
      g.setColor(GRID);
      g.drawLine(px[i], topY, px[i], bottom);
      g.setColor(Color.DARK_GRAY);
      String label = String.valueOf(xs.get(i));
      g.drawString(label, px[i] - g.getFontMetrics().stringWidth(label) / 2, bottom + 15);
    }
    g.drawString("concurrent customers", (left + right) / 2 - 55, bottom + 32);
    g.setColor(Color.GRAY);
    g.drawRect(left, topY, right - left, bottom - topY);
    if (floor != null) {
      Stroke dashed =
          new BasicStroke(
              1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {6, 4}, 0);
      for (int f = 0; f < floor.length; f++) {
        line(g, px, floor[f], lo, hi, topY, bottom, FLOOR, dashed, false);
      }
    }
    for (int s = 0; s < series.length; s++) {
      line(
          g,
          px,
          series[s],
          lo,
          hi,
          topY,
          bottom,
          PERCENTILE_COLORS[s],
          new BasicStroke(2.2f),
          true);
    }
  }

  private static void line(
      Graphics2D g,
      int[] px,
      double[] values,
      double lo,
      double hi,
      int top,
      int bottom,
      Color color,
      Stroke stroke,
      boolean dots) {
    g.setColor(color);
    g.setStroke(stroke);
    int prevX = -1;
    int prevY = -1;
    for (int i = 0; i < px.length && i < values.length; i++) {
      double v = values[i];
      if (Double.isNaN(v) || v <= 0) {
        prevX = -1;
        continue;
      }
      int y = yOf(v, lo, hi, top, bottom);
      if (prevX >= 0) {
        g.drawLine(prevX, prevY, px[i], y);
      }
      if (dots) {
        g.fillOval(px[i] - 3, y - 3, 7, 7);
      }
      prevX = px[i];
      prevY = y;
    }
    g.setStroke(new BasicStroke(1));
  }

  private static int yOf(double v, double lo, double hi, int top, int bottom) {
    double f = (Math.log10(v) - Math.log10(lo)) / (Math.log10(hi) - Math.log10(lo));
    return (int) Math.round(bottom - f * (bottom - top));
  }

  private static void legend(Graphics2D g, int x, int y, boolean floor) {
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
    for (int i = 0; i < 3; i++) {
      g.setColor(PERCENTILE_COLORS[i]);
      g.fillRect(x + i * 90, y - 10, 22, 4);
      g.setColor(Color.BLACK);
      g.drawString(PERCENTILE_NAMES[i], x + i * 90 + 28, y - 4);
    }
    if (floor) {
      g.setColor(FLOOR);
      g.setStroke(
          new BasicStroke(
              1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {6, 4}, 0));
      g.drawLine(x + 270, y - 8, x + 292, y - 8);
      g.setStroke(new BasicStroke(1));
      g.setColor(Color.BLACK);
      g.drawString("floor p50, p99", x + 298, y - 4);
    }
  }

  /**
   * Completed conversations per second by concurrency: the product against the bare workflow, with
   * the ratio.
   */
  static void throughput(
      Path file,
      List<Integer> xs,
      double[] product,
      double[] bare,
      double[][] productSpread,
      double[][] bareSpread,
      double[] ratios) {
    int width = 980;
    int height = 500;
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = prepare(image);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
    g.drawString("Completed conversations per second", 20, 30);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
    g.drawString("by concurrency; median of repetitions, whiskers min–max", 20, 50);
    int left = 80;
    int right = width - 40;
    int top = 100;
    int bottom = height - 70;
    double max = 0;
    for (int i = 0; i < xs.size(); i++) {
      max = Math.max(max, Math.max(nz(bare[i]), nz(product[i])));
      if (bareSpread != null) {
        max = Math.max(max, nz(bareSpread[i][1]));
      }
    }
    double step = niceStep(max / 5);
    double hi = Math.ceil(max / step) * step;
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    for (double v = 0; v <= hi + 1e-9; v += step) {
      int y = (int) Math.round(bottom - v / hi * (bottom - top));
      g.setColor(GRID);
      g.drawLine(left, y, right, y);
      g.setColor(Color.DARK_GRAY);
      String label = String.format(Locale.ROOT, "%.0f", v);
      g.drawString(label, left - 8 - g.getFontMetrics().stringWidth(label), y + 4);
    }
    g.drawString("conversations/s", 10, top - 12);
    int group = (right - left) / xs.size();
    int bar = Math.min(80, group / 3);
    for (int i = 0; i < xs.size(); i++) {
      int cx = left + group * i + group / 2;
      drawBar(
          g,
          cx - bar - 4,
          bar,
          bare[i],
          bareSpread == null ? null : bareSpread[i],
          hi,
          top,
          bottom,
          new Color(0xaaaaaa));
      drawBar(
          g,
          cx + 4,
          bar,
          product[i],
          productSpread == null ? null : productSpread[i],
          hi,
          top,
          bottom,
          new Color(0x2ca02c));
      g.setColor(Color.BLACK);
      String label = "C = " + xs.get(i);
      FontMetrics fm = g.getFontMetrics();
      g.drawString(label, cx - fm.stringWidth(label) / 2, bottom + 18);
      if (ratios != null && !Double.isNaN(ratios[i])) {
        String ratio = String.format(Locale.ROOT, "%.0f%% of bare", 100 * ratios[i]);
        g.drawString(ratio, cx - fm.stringWidth(ratio) / 2, bottom + 36);
      }
    }
    g.setColor(Color.GRAY);
    g.drawRect(left, top, right - left, bottom - top);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
    g.setColor(new Color(0xaaaaaa));
    g.fillRect(right - 390, 22, 14, 14);
    g.setColor(Color.BLACK);
    g.drawString("bare workflow (same updates and activities, no work)", right - 370, 34);
    g.setColor(new Color(0x2ca02c));
    g.fillRect(right - 390, 44, 14, 14);
    g.setColor(Color.BLACK);
    g.drawString("refund conversation over HTTP + sandbox", right - 370, 56);
    g.dispose();
    write(image, file);
  }

  private static void drawBar(
      Graphics2D g,
      int x,
      int w,
      double v,
      double[] spread,
      double hi,
      int top,
      int bottom,
      Color color) {
    if (Double.isNaN(v)) {
      return;
    }
    int y = (int) Math.round(bottom - v / hi * (bottom - top));
    g.setColor(color);
    g.fillRect(x, y, w, bottom - y);
    String label = String.format(Locale.ROOT, v >= 100 ? "%.0f" : "%.1f", v);
    g.setColor(Color.WHITE);
    if (bottom - y > 22) {
      g.drawString(label, x + w / 2 - g.getFontMetrics().stringWidth(label) / 2, bottom - 8);
    } else {
      g.setColor(Color.BLACK);
      g.drawString(label, x + w / 2 - g.getFontMetrics().stringWidth(label) / 2, y - 6);
    }
    g.setColor(Color.BLACK);
    if (spread != null && !Double.isNaN(spread[0])) {
      int y1 = (int) Math.round(bottom - spread[0] / hi * (bottom - top));
      int y2 = (int) Math.round(bottom - spread[1] / hi * (bottom - top));
      g.drawLine(x + w / 2, y1, x + w / 2, y2);
      g.drawLine(x + w / 2 - 5, y1, x + w / 2 + 5, y1);
      g.drawLine(x + w / 2 - 5, y2, x + w / 2 + 5, y2);
    }
  }

  private static double nz(double v) {
    return Double.isNaN(v) ? 0 : v;
  }

  private static double niceStep(double raw) {
    if (raw <= 0) {
      return 1;
    }
    double p = Math.pow(10, Math.floor(Math.log10(raw)));
    for (double m : new double[] {1, 2, 5, 10}) {
      if (m * p >= raw) {
        return m * p;
      }
    }
    return 10 * p;
  }

  private static Graphics2D prepare(BufferedImage image) {
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, image.getWidth(), image.getHeight());
    g.setColor(Color.BLACK);
    return g;
  }

  private static void write(BufferedImage image, Path file) {
    try {
      ImageIO.write(image, "png", file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
