package dev.ticketops.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ticketops.app.EndPortalSessions;
import dev.ticketops.app.MintPortalLink;
import dev.ticketops.app.OpenTicket;
import dev.ticketops.domain.Caller;
import dev.ticketops.domain.ChannelRef;
import dev.ticketops.domain.Platform;
import dev.ticketops.domain.Role;
import org.junit.jupiter.api.Test;

/** {@code /ticket portal [logout-all]} reads as the portal's commands; a title about a portal is still a ticket. */
class PortalCommandTest {
    static final Caller WHO = new Caller(Platform.SLACK, "T1", "U1", "alice", Role.CLIENT);
    static final ChannelRef WHERE = new ChannelRef(Platform.SLACK, "T1", "C1");

    static Object read(String text) {
        Command c = CommandParser.parse(WHO, WHERE, "/ticket", text);
        return c instanceof Command.Run run ? run.command() : c;
    }

    @Test
    void portal_asksForASignInLinkForThisPersonAndChannel() {
        assertThat(read("portal")).isEqualTo(new MintPortalLink.Command(WHO, WHERE));
        assertThat(read("PORTAL")).isEqualTo(new MintPortalLink.Command(WHO, WHERE));
    }

    @Test
    void portalLogoutAll_signsOutEverywhere() {
        assertThat(read("portal logout-all")).isEqualTo(new EndPortalSessions.Command(WHO));
    }

    @Test
    void aTitleStartingWithPortal_opensATicket() {
        assertThat(read("portal is down | since 9am")).isEqualTo(new OpenTicket.Command(WHO, WHERE, "portal is down", "since 9am", false));
    }
}
