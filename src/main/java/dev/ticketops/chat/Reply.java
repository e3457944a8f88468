package dev.ticketops.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A platform-neutral answer: a title, text, labelled fields and buttons, shown to everyone in the conversation or
 * only to the person who asked. Slack renders it as Block Kit, Discord as an embed with components.
 *
 * @param replaceOriginal for a button click: replace the message that carried the button
 */
public record Reply(Visibility visibility, Tone tone, String title, String text, List<Field> fields, List<Button> buttons,
                    String footer, boolean replaceOriginal) {

    public enum Visibility { PUBLIC, PRIVATE }

    /** How the message should look: a card for a ticket, a green tick for success, a refusal. */
    public enum Tone { INFO, SUCCESS, WARNING, REFUSAL, ERROR }

    public record Field(String label, String value, boolean inline) {
        public Field {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(value, "value");
        }
    }

    public enum Style { PRIMARY, DANGER, DEFAULT }

    public record Button(String label, String actionId, String value, Style style) {
        public Button {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(actionId, "actionId");
            Objects.requireNonNull(value, "value");
        }
    }

    public Reply {
        Objects.requireNonNull(visibility, "visibility");
        Objects.requireNonNull(tone, "tone");
        text = text == null ? "" : text;
        fields = List.copyOf(fields == null ? List.of() : fields);
        buttons = List.copyOf(buttons == null ? List.of() : buttons);
    }

    /** The same reply with {@code f} applied to every text a person reads (title, text, fields, footer). */
    public Reply mapText(java.util.function.UnaryOperator<String> f) {
        return new Reply(visibility, tone, title == null ? null : f.apply(title), f.apply(text),
                fields.stream().map(x -> new Field(x.label(), f.apply(x.value()), x.inline())).toList(), buttons,
                footer == null ? null : f.apply(footer), replaceOriginal);
    }

    public boolean isPublic() {
        return visibility == Visibility.PUBLIC;
    }

    /** All the words of the reply, for logs and tests: title, text, fields and footer. */
    public String plainText() {
        StringBuilder sb = new StringBuilder();
        if (title != null) {
            sb.append(title).append('\n');
        }
        sb.append(text);
        for (Field f : fields) {
            sb.append('\n').append(f.label()).append(": ").append(f.value());
        }
        if (footer != null) {
            sb.append('\n').append(footer);
        }
        return sb.toString();
    }

    public static Builder publicly() {
        return new Builder(Visibility.PUBLIC);
    }

    public static Builder privately() {
        return new Builder(Visibility.PRIVATE);
    }

    /** A refusal: only the asker sees it; it says why and what to do instead. */
    public static Reply refusal(String reason, String hint) {
        return privately().tone(Tone.REFUSAL).text(reason + (hint == null || hint.isBlank() ? "" : "\n" + hint)).build();
    }

    public static final class Builder {
        private final Visibility visibility;
        private Tone tone = Tone.INFO;
        private String title;
        private String text = "";
        private final List<Field> fields = new ArrayList<>();
        private final List<Button> buttons = new ArrayList<>();
        private String footer;
        private boolean replaceOriginal;

        private Builder(Visibility visibility) {
            this.visibility = visibility;
        }

        public Builder tone(Tone t) {
            this.tone = t;
            return this;
        }

        public Builder title(String t) {
            this.title = t;
            return this;
        }

        public Builder text(String t) {
            this.text = t;
            return this;
        }

        public Builder field(String label, String value) {
            fields.add(new Field(label, value, true));
            return this;
        }

        public Builder wideField(String label, String value) {
            fields.add(new Field(label, value, false));
            return this;
        }

        public Builder button(String label, String actionId, String value, Style style) {
            buttons.add(new Button(label, actionId, value, style));
            return this;
        }

        public Builder footer(String f) {
            this.footer = f;
            return this;
        }

        public Builder replaceOriginal() {
            this.replaceOriginal = true;
            return this;
        }

        public Reply build() {
            return new Reply(visibility, tone, title, text, fields, buttons, footer, replaceOriginal);
        }
    }
}
