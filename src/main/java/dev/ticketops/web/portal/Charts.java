package dev.ticketops.web.portal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Server-rendered SVG charts for the Numbers page: no script, no library, nothing from a CDN; colours as attributes
 * (the CSP allows no inline style). Each chart has a title for screen readers, and the page shows its numbers in a
 * table beside it.
 */
public final class Charts {
    private static final String[] PALETTE = {"#0b5cad", "#d9480f", "#2b8a3e", "#862e9c", "#e67700", "#1098ad", "#c2255c", "#666666"};
    private static final int W = 640;
    private static final int H = 260;
    private static final int LEFT = 48;
    private static final int TOP = 16;
    private static final int PLOT_H = 170;

    private Charts() {
    }

    /** One named row of values, one value per column. */
    public record Row(String name, List<Double> values) {
    }

    /** Bars stacked per column (e.g. hours per week by client); more than seven rows are summed into "Others". */
    public static String stacked(String title, List<String> columns, List<Row> rows, String unit) {
        return bars(title, columns, limit(rows), unit, true);
    }

    /** Bars side by side per column (e.g. invoiced and paid per month). */
    public static String grouped(String title, List<String> columns, List<Row> rows, String unit) {
        return bars(title, columns, rows, unit, false);
    }

    private static List<Row> limit(List<Row> rows) {
        if (rows.size() <= PALETTE.length) {
            return rows;
        }
        List<Row> out = new ArrayList<>(rows.subList(0, PALETTE.length - 1));
        int n = rows.get(0).values().size();
        List<Double> others = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (Row r : rows.subList(PALETTE.length - 1, rows.size())) {
                sum += r.values().get(i);
            }
            others.add(sum);
        }
        out.add(new Row("Others", others));
        return out;
    }

    private static String bars(String title, List<String> columns, List<Row> rows, String unit, boolean stack) {
        double max = 0;
        for (int c = 0; c < columns.size(); c++) {
            double sum = 0;
            for (Row r : rows) {
                sum = stack ? sum + r.values().get(c) : Math.max(sum, r.values().get(c));
            }
            max = Math.max(max, sum);
        }
        double top = niceCeiling(max);
        StringBuilder svg = new StringBuilder();
        String id = "c" + Integer.toHexString(title.hashCode());
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(W).append(' ').append(H)
                .append("\" role=\"img\" aria-labelledby=\"").append(id).append("\"><title id=\"").append(id).append("\">")
                .append(esc(title)).append("</title>");
        for (int g = 0; g <= 4; g++) {
            double v = top * g / 4;
            int y = TOP + PLOT_H - (int) Math.round(PLOT_H * g / 4.0);
            svg.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(W - 8).append("\" y1=\"").append(y).append("\" y2=\"")
                    .append(y).append("\" stroke=\"#dddddd\"/>");
            svg.append("<text x=\"").append(LEFT - 6).append("\" y=\"").append(y + 4).append("\" font-size=\"11\" text-anchor=\"end\" fill=\"#555555\">")
                    .append(esc(number(v))).append("</text>");
        }
        int plotW = W - LEFT - 16;
        double slot = (double) plotW / Math.max(1, columns.size());
        double barW = Math.max(2, slot * 0.7);
        for (int c = 0; c < columns.size(); c++) {
            double x = LEFT + c * slot + (slot - barW) / 2;
            double base = 0;
            for (int r = 0; r < rows.size(); r++) {
                double v = rows.get(r).values().get(c);
                double h = top == 0 ? 0 : PLOT_H * v / top;
                double bx = stack ? x : x + r * barW / rows.size();
                double bw = stack ? barW : barW / rows.size();
                double by = TOP + PLOT_H - (stack ? base + h : h);
                if (v > 0) {
                    svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"><title>%s</title></rect>",
                            bx, by, bw, h, PALETTE[r % PALETTE.length], esc(rows.get(r).name() + ", " + columns.get(c) + ": " + number(v) + " " + unit)));
                }
                base += stack ? h : 0;
            }
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"10\" text-anchor=\"middle\" fill=\"#555555\">%s</text>",
                    x + barW / 2, TOP + PLOT_H + 14, esc(columns.get(c))));
        }
        int lx = LEFT;
        int ly = H - 28;
        for (int r = 0; r < rows.size(); r++) {
            String name = rows.get(r).name();
            if (lx + 20 + name.length() * 7 > W) {
                lx = LEFT;
                ly += 14;
            }
            svg.append("<rect x=\"").append(lx).append("\" y=\"").append(ly - 9).append("\" width=\"10\" height=\"10\" fill=\"")
                    .append(PALETTE[r % PALETTE.length]).append("\"/><text x=\"").append(lx + 14).append("\" y=\"").append(ly)
                    .append("\" font-size=\"11\" fill=\"#1a1a1a\">").append(esc(name)).append("</text>");
            lx += 24 + Math.min(name.length(), 24) * 7;
        }
        svg.append("<text x=\"4\" y=\"12\" font-size=\"11\" fill=\"#555555\">").append(esc(unit)).append("</text></svg>");
        return svg.toString();
    }

    static double niceCeiling(double max) {
        if (max <= 0) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(max)));
        for (double step : new double[] {1, 2, 2.5, 5, 10}) {
            if (step * magnitude >= max) {
                return step * magnitude;
            }
        }
        return 10 * magnitude;
    }

    static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
