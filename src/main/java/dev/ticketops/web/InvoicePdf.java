package dev.ticketops.web;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.bidi.support.ICUBreakers;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The invoice page rendered as a PDF (openhtmltopdf on PDFBox) with its fonts embedded as subsets: DejaVu Sans from the
 * classpath (jasperreports-fonts: Latin, Greek, Cyrillic, Arabic, Hebrew), and the system's Noto fonts for CJK,
 * Devanagari and emoji when they are installed (Debian: fonts-noto-core, fonts-noto-cjk). Right-to-left text is
 * reordered and Arabic shaped (ICU). A character no font has is drawn as a placeholder; the rest of the text stays.
 */
final class InvoicePdf {
    private static final String DEJAVU = "/net/sf/jasperreports/fonts/dejavu/";
    /** Where Debian and most distributions put TrueType fonts; only .ttf files are used. */
    static final List<Path> FONT_DIRS = List.of(Path.of("/usr/share/fonts"), Path.of("/usr/local/share/fonts"));

    /** A system font used when present: its file name and the family the page asks for. */
    private record SystemFont(String file, String family) {
    }

    private static final List<SystemFont> SYSTEM = List.of(
            new SystemFont("NotoSansDevanagari-Regular.ttf", "Noto Sans Devanagari"),
            new SystemFont("NotoSansSC-Regular.ttf", "Noto Sans SC"),
            new SystemFont("NotoSansCJKsc-Regular.ttf", "Noto Sans CJK SC"),
            new SystemFont("NotoSansCJKjp-Regular.ttf", "Noto Sans CJK JP"),
            new SystemFont("NotoSans-Regular.ttf", "Noto Sans"),
            new SystemFont("NotoEmoji-Regular.ttf", "Noto Emoji"));

    private static volatile List<Path[]> found;

    private InvoicePdf() {
    }

    static byte[] render(String xhtml, String title) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder b = new PdfRendererBuilder();
        b.useFastMode();
        b.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
        b.useUnicodeBidiReorderer(new ICUBidiReorderer());
        b.useUnicodeLineBreaker(new ICUBreakers.ICULineBreaker(java.util.Locale.ROOT));
        b.defaultTextDirection(BaseRendererBuilder.TextDirection.LTR);
        b.useFont(() -> resource("DejaVuSans.ttf"), "DejaVu Sans", 400, BaseRendererBuilder.FontStyle.NORMAL, true);
        b.useFont(() -> resource("DejaVuSans-Bold.ttf"), "DejaVu Sans", 700, BaseRendererBuilder.FontStyle.NORMAL, true);
        for (SystemFont f : SYSTEM) {
            systemFont(f.file()).ifPresent(p -> b.useFont(p.toFile(), f.family()));
        }
        b.withHtmlContent(xhtml, null);
        b.toStream(out);
        b.withProducer("TicketOps");
        try {
            b.run();
        } catch (IOException e) {
            throw new UncheckedIOException("could not render " + title, e);
        }
        return out.toByteArray();
    }

    /** Whether a system font for {@code family} was found (the README says what happens without one). */
    static boolean hasSystemFont(String family) {
        return SYSTEM.stream().filter(f -> f.family().equals(family)).anyMatch(f -> systemFont(f.file()).isPresent());
    }

    private static InputStream resource(String name) {
        InputStream in = InvoicePdf.class.getResourceAsStream(DEJAVU + name);
        if (in == null) {
            throw new IllegalStateException("the DejaVu fonts (jasperreports-fonts) are not on the classpath: " + name);
        }
        return in;
    }

    private static java.util.Optional<Path> systemFont(String file) {
        List<Path[]> all = found;
        if (all == null) {
            List<Path[]> list = new ArrayList<>();
            for (Path dir : FONT_DIRS) {
                if (Files.isDirectory(dir)) {
                    try (Stream<Path> s = Files.walk(dir, 4)) {
                        s.filter(p -> p.getFileName().toString().endsWith(".ttf")).forEach(p -> list.add(new Path[] {p}));
                    } catch (IOException | UncheckedIOException e) {
                        // an unreadable font directory: those fonts are missing, as if not installed
                    }
                }
            }
            found = all = list;
        }
        return all.stream().map(p -> p[0]).filter(p -> p.getFileName().toString().equals(file)).findFirst();
    }
}
