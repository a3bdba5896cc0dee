/**
 * What embedders and plugins implement for scoring.
 *
 * <table>
 *   <caption>Extension points</caption>
 *   <tr><th>Interface</th><th>Default</th><th>Discovery</th><th>On failure</th></tr>
 *   <tr><td>{@link org.aftersales.core.scoring.spi.ItemDerivation}</td>
 *       <td>{@code event-response}, {@code event-count}</td>
 *       <td>{@link java.util.ServiceLoader} through {@link org.aftersales.core.scoring.ItemDerivations#standard()};
 *           by hand with {@link org.aftersales.core.scoring.ItemDerivations#with}; lowest
 *           order wins per kind</td>
 *       <td>the command fails with a {@code PluginFailureException} naming the kind;
 *           nothing stored</td></tr>
 *   <tr><td>{@link org.aftersales.core.scoring.spi.RewardPolicy}</td>
 *       <td>{@link org.aftersales.core.scoring.spi.RewardPolicy#standard()}</td>
 *       <td>by hand, or {@code Scoring.Builder.discoverRewardPolicy()} (lowest order)</td>
 *       <td>the ranking fails with a {@code PluginFailureException} naming the id</td></tr>
 *   <tr><td>{@link org.aftersales.core.scoring.spi.AssessmentStore}</td>
 *       <td>{@link org.aftersales.core.scoring.spi.AssessmentStore#inMemory()}</td>
 *       <td>by hand</td>
 *       <td>the store's exception reaches the caller</td></tr>
 *   <tr><td>{@link org.aftersales.core.scoring.spi.EventHistory}</td>
 *       <td>{@link org.aftersales.core.scoring.spi.EventHistory#none()}</td>
 *       <td>by hand</td>
 *       <td>the store's exception reaches the caller; nothing stored</td></tr>
 * </table>
 *
 * Depends on the scoring API and the core event, error and i18n packages only.
 */
package org.aftersales.core.scoring.spi;
