package dev.ticketops.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;

/** What a PDF says (PDFBox's text extraction) and which fonts it embeds: for tests. */
final class PdfText {
    private PdfText() {
    }

    static String of(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every font of every page: its name and whether it is embedded. */
    static List<String> fonts(byte[] pdf) {
        List<String> fonts = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont f = page.getResources().getFont(name);
                    fonts.add(f.getName() + (f.isEmbedded() ? " embedded" : " NOT embedded"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return fonts;
    }

    /** The page size in points, width × height, of the first page. */
    static float[] pageSize(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            var box = doc.getPage(0).getMediaBox();
            return new float[] {box.getWidth(), box.getHeight()};
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
