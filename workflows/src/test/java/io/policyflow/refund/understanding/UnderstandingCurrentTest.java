package io.policyflow.refund.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The readings of change {@code understanding-2} ({@link ReadingRules}), as customers write them:
 * negated picks, hedges, recency picks, "keep it" closing, polite yeses. The first readings ({@link
 * Understanding#LEGACY}) are unchanged: their tables are the other {@code *Test}s.
 */
class UnderstandingCurrentTest {

  private static final Understanding CURRENT = Understanding.CURRENT;

  /** A Thursday. */
  private static final LocalDate TODAY = LocalDate.of(2026, 3, 19);

  /** Two orders: "the other one" is the one not negated. */
  private static final List<OrderOption> PAIR =
      List.of(
          new OrderOption(1, "000000401", List.of("Breathe-Easy Tank"), LocalDate.of(2026, 3, 12)),
          new OrderOption(
              2, "000000402", List.of("Sprite Foam Roller"), LocalDate.of(2026, 2, 27)));

  /** Newest first, as the bot lists them: this week (Tuesday), last week, last month. */
  private static final List<OrderOption> DATED =
      List.of(
          new OrderOption(1, "000000301", List.of("Breathe-Easy Tank"), LocalDate.of(2026, 3, 17)),
          new OrderOption(
              2,
              "000000302",
              List.of("Affirm Water Bottle", "Sprite Yoga Strap"),
              LocalDate.of(2026, 3, 10)),
          new OrderOption(3, "000000303", List.of("Gobi HeatTec Tee"), LocalDate.of(2026, 2, 20)));

  /** Two orders on the same day. */
  private static final List<OrderOption> TIED =
      List.of(
          new OrderOption(1, "000000501", List.of("Breathe-Easy Tank"), TODAY.minusDays(1)),
          new OrderOption(2, "000000502", List.of("Gobi HeatTec Tee"), TODAY.minusDays(1)),
          new OrderOption(3, "000000503", List.of("Fusion Backpack"), TODAY.minusDays(40)));

  private static final Map<String, List<OrderOption>> FIXTURES =
      Map.of("pair", PAIR, "dated", DATED, "tied", TIED);

  @ParameterizedTest(name = "[{index}] {0}: \"{1}\" -> {2} {3}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # fixture | message                                                        | kind    | position
          pair      | not the tank, the other one                                    | PICKED  | 2
          pair      | Not the tank one — the other                                   | PICKED  | 2
          pair      | no no not the roller lol, the other one                        | PICKED  | 1
          pair      | it's not the foam roller order                                 | PICKED  | 1
          pair      | I don't want the tank refunded, the other order                | PICKED  | 2
          pair      | NOT the tank!! the other one 🙏                                 | PICKED  | 2
          pair      | not #401, the other one                                        | PICKED  | 2
          pair      | not 000000401                                                  | PICKED  | 2
          pair      | not the first one, the second                                  | PICKED  | 2
          pair      | not the first one                                              | PICKED  | 2
          pair      | not the second one, the first                                  | PICKED  | 1
          pair      | hmm not the tank order, it's the other one                     | PICKED  | 2
          pair      | the other one, not the tank                                    | PICKED  | 2
          pair      | the other one. not the tank                                    | PICKED  | 2
          pair      | nope it isnt the tank one                                      | PICKED  | 2
          pair      | i didnt order the tank one, i mean the other                   | PICKED  | 2
          pair      | not the tanks one, the other one                               | PICKED  | 2
          pair      | pas le tank, l'autre                                           | PICKED  | 2
          pair      | the foam roller one not the tank one                           | PICKED  | 2
          pair      | it's the roller, not the tank                                  | PICKED  | 2
          pair      | ok so the one I want refunded is NOT the tank order but the other | PICKED  | 2
          pair      | never mind the tank... not that, the other                     | PICKED  | 2
          pair      | not the tank, the tank                                         | UNKNOWN | 0
          pair      | not the tank and not the roller                                | UNKNOWN | 0
          pair      | the other one                                                  | UNKNOWN | 0
          pair      | not sure which one, maybe the tank                             | PICKED  | 1
          pair      | anything but the tank                                          | PICKED  | 2
          pair      | the one other than the roller                                  | PICKED  | 1
          pair      | definitely not the tank                                        | PICKED  | 2
          pair      | the one that isn't the tank                                    | PICKED  | 2
          dated     | not the tank one, the bottle one                               | PICKED  | 2
          dated     | not the tank, the tee                                          | PICKED  | 3
          dated     | it's not the tank order but the one with the yoga strap        | PICKED  | 2
          dated     | not the tank one                                               | UNKNOWN | 0
          dated     | not the tank and not the tee                                   | PICKED  | 2
          dated     | neither the tank nor the tee                                   | PICKED  | 2
          dated     | not the 2nd one, the 3rd                                       | PICKED  | 3
          dated     | not 301 but 302                                                | PICKED  | 2
          dated     | not #000000302, #000000303                                     | PICKED  | 3
          dated     | not the newest one, the oldest                                 | PICKED  | 3
          dated     | Not the tank. The bottle.                                      | PICKED  | 2
          dated     | the latest one, not the tank                                   | PICKED  | 2
          dated     | not the tank one please, the other one                         | UNKNOWN | 0
          dated     | not the most recent one, the one before                        | UNKNOWN | 0
          dated     | the most recent one                                            | PICKED  | 1
          dated     | most recent                                                    | PICKED  | 1
          dated     | latest                                                         | PICKED  | 1
          dated     | the latest order pls                                           | PICKED  | 1
          dated     | my newest order                                                | PICKED  | 1
          dated     | my last order                                                  | PICKED  | 1
          dated     | my last purchase!                                              | PICKED  | 1
          dated     | the last one I ordered                                         | PICKED  | 1
          dated     | the most recently placed one                                   | PICKED  | 1
          dated     | LATEST!!                                                       | PICKED  | 1
          dated     | newest pls 😊                                                  | PICKED  | 1
          dated     | uhh the most recent one i think?                               | PICKED  | 1
          dated     | la más reciente                                                | PICKED  | 1
          dated     | mi último pedido por favor                                     | PICKED  | 1
          dated     | ma commande la plus récente                                    | PICKED  | 1
          dated     | the oldest one                                                 | PICKED  | 3
          dated     | earliest order                                                 | PICKED  | 3
          dated     | the older one                                                  | PICKED  | 3
          dated     | the earlier one                                                | PICKED  | 3
          dated     | the oldest of them                                             | PICKED  | 3
          dated     | the first one I ordered                                        | PICKED  | 3
          dated     | la plus ancienne                                               | PICKED  | 3
          dated     | el más antiguo                                                 | PICKED  | 3
          dated     | last week's order                                              | PICKED  | 2
          dated     | the one from last week                                         | PICKED  | 2
          dated     | the one I bought last week                                     | PICKED  | 2
          dated     | this week's order                                              | PICKED  | 1
          dated     | the one from tuesday                                           | PICKED  | 1
          dated     | last month's                                                   | PICKED  | 3
          dated     | the one from last month please                                 | PICKED  | 3
          dated     | the most recent one with the bottle                            | PICKED  | 2
          dated     | the oldest one with the tank                                   | PICKED  | 1
          dated     | yesterday's order                                              | UNKNOWN | 0
          dated     | the latest one, order 000000303                                | PICKED  | 3
          dated     | the second one                                                 | PICKED  | 2
          dated     | the last one                                                   | PICKED  | 3
          tied      | the most recent one                                            | UNKNOWN | 0
          tied      | the most recent one, the tee                                   | PICKED  | 2
          tied      | the oldest                                                     | PICKED  | 3
          tied      | yesterday's, the tank one                                      | PICKED  | 1
          tied      | not the backpack, the latest one                               | UNKNOWN | 0
          """)
  void orderPicks(String fixture, String message, OrderPick.Kind kind, int position) {
    OrderPick pick = CURRENT.orderPick(message, FIXTURES.get(fixture), TODAY);
    assertThat(pick).isEqualTo(new OrderPick(kind, position));
  }

  @ParameterizedTest(name = "[{index}] \"{0}\" is a hedge")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          I think so? not sure
          i think so
          not 100% sure
          not entirely sure tbh
          maybe?
          probably unused
          I believe it's unused
          I guess they're unused
          hmm not really sure, I might have opened it
          possibly used once
          I'm not certain
          idk
          dunno lol
          no idea 🤷
          no clue tbh
          who knows lol
          🤔
          I can't remember if I opened it
          i dont remember tbh
          hard to say
          kinda used
          sort of new
          more or less new
          should be unused
          peut-être
          je pense que oui
          je ne sais pas
          pas sûr
          quizás
          tal vez sí
          creo que sí
          no sé
          no estoy seguro
          I hope so!
          hopefully unused
          I suppose so
          i reckon it's unused
          not quite sure if the box is original
          ummm I think I used it once?
          Honestly? I'm not totally sure, my kid might have opened the box. Sorry!
          yes I think so
          not too sure, prob not
          """)
  void hedgesAreAskedAgainAtTheConditionAndTheConfirmation(String message) {
    assertThat(CURRENT.condition(message)).isEqualTo(Condition.UNKNOWN);
    assertThat(CURRENT.yesNo(message)).isEqualTo(YesNo.UNKNOWN);
    assertThat(CURRENT.arrival(message)).isEqualTo(Arrival.UNKNOWN);
  }

  @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          unused                                  | UNUSED
          never used, still in the box            | UNUSED
          yes                                     | UNUSED
          yep, brand new                          | UNUSED
          I'm sure it's unused                    | UNUSED
          used                                    | USED
          no                                      | USED
          I wore it twice                         | USED
          not in the original packaging           | USED
          """)
  void plainConditionsStayAsTheyWere(String message, Condition condition) {
    assertThat(CURRENT.condition(message)).isEqualTo(condition);
    assertThat(Understanding.LEGACY.condition(message)).isEqualTo(condition);
  }

  @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          I'll just keep it                                   | CANCEL
          nah I'll keep it                                    | CANCEL
          nah, gonna keep them                                | CANCEL
          I'd rather keep it tbh                              | CANCEL
          actually I think I'll keep it                       | CANCEL
          you know what, I'll keep it                         | CANCEL
          i will keep them thanks                             | CANCEL
          decided to keep it                                  | CANCEL
          keeping it                                          | CANCEL
          ok ill keep it                                      | CANCEL
          forget it                                           | CANCEL
          ugh forget it                                       | CANCEL
          forget about it                                     | CANCEL
          just forget it lol                                  | CANCEL
          nah forget the whole thing                          | CANCEL
          oh forget it, not worth it                          | CANCEL
          not worth the hassle                                | CANCEL
          don't bother, I'll keep it                          | CANCEL
          me lo quedo                                         | CANCEL
          me lo quedo, gracias                                | CANCEL
          je le garde                                         | CANCEL
          je vais le garder                                   | CANCEL
          laisse tomber                                       | CANCEL
          tant pis                                            | CANCEL
          olvídalo                                            | CANCEL
          déjalo                                              | CANCEL
          da igual, me lo quedo                               | CANCEL
          I'll hang on to it                                  | CANCEL
          keep it 👍                                          | CANCEL
          Keep it. Thanks anyway                              | CANCEL
          I think I'll keep it after all                      | CANCEL
          nah keep it                                         | CANCEL
          no no, I'll keep everything                         | CANCEL
          i'll keep the item                                  | CANCEL
          let's forget it                                     | CANCEL
          nah I'll keep it, no need for a refund              | CANCEL
          Honestly this is taking too long, forget it.        | CANCEL
          can I keep it?                                      | NONE
          I don't want to keep it                             | NONE
          I'd like to keep the tank but return the bottle     | NONE
          keep the tank, refund the rest                      | NONE
          I forgot my email                                   | NONE
          keep it and send me store credit                    | NONE
          I keep it in the box, never used                    | NONE
          keep it, it's order 000000301                       | NONE
          forget it, my email is jane@example.com             | NONE
          """)
  void keepingItClosesTheConversation(String message, Intent intent) {
    assertThat(CURRENT.intent(message)).isEqualTo(intent);
  }

  @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          that would be great                                  | YES
          That'd be great, thanks!                             | YES
          that would be lovely :)                              | YES
          that'd be amazing 🙏                                  | YES
          sounds great                                         | YES
          sounds perfect, thanks                               | YES
          that works                                           | YES
          works for me                                         | YES
          that works for me 👍                                  | YES
          please                                               | YES
          please go ahead                                      | YES
          yes please, that would be great                      | YES
          I'd appreciate that                                  | YES
          i would love that                                    | YES
          lovely, thanks                                       | YES
          great                                                | YES
          awesome thanks                                       | YES
          cool                                                 | YES
          perfect thank you                                    | YES
          oui                                                  | YES
          oui merci                                            | YES
          sí                                                   | YES
          si por favor                                         | YES
          claro                                                | YES
          vale                                                 | YES
          d'accord                                             | YES
          por favor                                            | YES
          👌                                                   | YES
          ✅                                                   | YES
          yesss                                                | YES
          great!!! thank you so much                           | YES
          That would be wonderful, thank you                   | YES
          brilliant, cheers                                    | YES
          sounds like a plan                                   | YES
          that would be fab                                    | YES
          that'd be ace, cheers                                | YES
          that would be great if it's the full amount          | UNKNOWN
          great, but only for the tank                         | UNKNOWN
          that would be great unless it takes weeks            | UNKNOWN
          would be lovely as long as it's today                | UNKNOWN
          sounds good but can you double check                 | UNKNOWN
          that would be great?                                 | UNKNOWN
          great, how long will it take?                        | UNKNOWN
          great... wait no                                     | NO
          not great                                            | UNKNOWN
          that's not ideal                                     | UNKNOWN
          si c'est possible                                    | UNKNOWN
          maybe that would be great                            | UNKNOWN
          I think that would be great                          | UNKNOWN
          that would be great I guess                          | UNKNOWN
          depends on the amount                                | UNKNOWN
          that would have been great                           | UNKNOWN
          only if you refund the shipping                      | UNKNOWN
          provided it's today, yes                             | UNKNOWN
          great no thanks                                      | UNKNOWN
          no thanks                                            | NO
          """)
  void politeYesesAtTheConfirmation(String message, YesNo yesNo) {
    assertThat(CURRENT.yesNo(message)).isEqualTo(yesNo);
  }
}
