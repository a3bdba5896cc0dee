/**
 * Service standards and scorecards (S1-S5): the points-based standards a dealership assesses
 * its staff and departments against, made executable.
 *
 * <ul>
 *   <li>Catalogues (S1, S4): {@link org.aftersales.core.scoring.Catalogue} of
 *       {@link org.aftersales.core.scoring.Section}s of
 *       {@link org.aftersales.core.scoring.StandardItem}s, each with a code, English and
 *       Chinese text, {@link org.aftersales.core.scoring.Level} (must / should), points,
 *       {@link org.aftersales.core.scoring.Applicability} (role and department codes from
 *       {@link org.aftersales.core.scoring.KnownCodes}) and
 *       {@link org.aftersales.core.scoring.EvidenceSource}. Read from JSON with
 *       {@link org.aftersales.core.scoring.Catalogues}, which also ships the parts department
 *       and service front-desk standards.</li>
 *   <li>Assessments (S2): {@link org.aftersales.core.scoring.RecordAssessment} of a
 *       {@link org.aftersales.core.scoring.Subject} over an
 *       {@link org.aftersales.core.scoring.AssessmentPeriod}, one
 *       {@link org.aftersales.core.scoring.ItemResult} per observed item, recorded by the
 *       {@link org.aftersales.core.scoring.Scoring} service into an
 *       {@link org.aftersales.core.scoring.Assessment} with its
 *       {@link org.aftersales.core.scoring.Score} and grade from a
 *       {@link org.aftersales.core.scoring.GradingScheme}.</li>
 *   <li>Rankings (S2): {@link org.aftersales.core.scoring.Ranking} with the tie rule, and the
 *       reward and penalty {@link org.aftersales.core.scoring.Decision}s.</li>
 *   <li>Scorecards (S5): {@link org.aftersales.core.scoring.Scorecard} by section, with the
 *       trend and the same period of earlier years, exported as JSON, CSV and text.</li>
 * </ul>
 *
 * Depends on the core ids, values, events, errors and i18n; never on other modules.
 * Extension points are in {@link org.aftersales.core.scoring.spi}.
 */
package org.aftersales.core.scoring;
