package collab

import (
	"fmt"

	"github.com/lipgraph/lipgraph/network"
)

// Measures of the plan facts of profile.csv. Every one is unknown when the
// partnership has no profile row or the cell is empty.

func init() {
	defineMeasure("plan.endorsement", "1 if the plan was endorsed by the municipal council, 0.5 if presented to it but not endorsed, 0 if not presented; unknown when the answers needed are empty", planEndorsement)
	defineMeasure("plan.strategic-plan", "1 if the profile says a strategic plan was completed, 0 if not", answerMeasure("a strategic plan", "adopt a local settlement strategy", func(p network.Profile) network.Answer { return p.StrategicPlan }))
	defineMeasure("plan.terms-of-reference", "1 if the council has terms of reference, 0 if not", answerMeasure("council terms of reference", "adopt terms of reference", func(p network.Profile) network.Answer { return p.TermsOfReference }))
	defineMeasure("plan.needs-assessment", "1 if a needs assessment was conducted, 0 if not", answerMeasure("a needs assessment", "conduct a needs assessment", func(p network.Profile) network.Answer { return p.NeedsAssessment }))
	defineMeasure("plan.newcomer-consultation", "1 if a newcomer consultation mechanism exists, 0 if not", answerMeasure("a newcomer consultation mechanism", "set up a way to consult newcomers", func(p network.Profile) network.Answer { return p.NewcomerConsultation }))
	defineMeasure("plan.implementation", "1 if implementation of the plan is complete or in progress, 0 if not started", func(c *Context, _ string) Observation {
		switch c.m.profile.Implementation {
		case "complete":
			return Observation{Value: 1, Known: true, Have: []string{"complete"}, Text: "implementation of the plan is complete"}
		case "in-progress":
			return Observation{Value: 1, Known: true, Have: []string{"in-progress"}, Text: "implementation of the plan is in progress"}
		case "none":
			return Observation{Value: 0, Known: true, Missing: []string{"implementation"}, Text: "implementation of the plan has not started",
				Next: "next step: start implementing the action plan"}
		}
		return Observation{Known: false, Text: "the profile does not record implementation"}
	})
	defineMeasure("plan.stage", "the development stage reached: 1 council, 2 needs assessment, 3 strategic plan (settlement strategy), 4 annual action plan (current for the date judged, when one is given), 5 implementation (in progress or complete); each stage counts only when the earlier ones are reached; unknown without a profile or when the answer for the next stage is empty", planStage)
}

func answerMeasure(what, next string, get func(network.Profile) network.Answer) measureFunc {
	return func(c *Context, _ string) Observation {
		a := network.AnswerUnknown
		if c.m.hasProfile {
			a = get(c.m.profile)
		}
		switch a {
		case network.AnswerYes:
			return Observation{Value: 1, Known: true, Have: []string{what}, Text: "the partnership has " + what}
		case network.AnswerNo:
			return Observation{Value: 0, Known: true, Missing: []string{what}, Text: "the partnership has no " + what[indexAfterArticle(what):], Next: "next step: " + next}
		}
		return Observation{Known: false, Text: "the profile does not say whether the partnership has " + what}
	}
}

// indexAfterArticle skips a leading "a " so that "no a plan" reads "no plan".
func indexAfterArticle(s string) int {
	if len(s) > 2 && s[:2] == "a " {
		return 2
	}
	return 0
}

func planEndorsement(c *Context, _ string) Observation {
	p := c.m.profile
	if !c.m.hasProfile {
		p = network.Profile{}
	}
	council := ""
	if !c.quiet {
		council = "the " + municipalCouncil(c.m)
	}
	switch {
	case p.EndorsedByCouncil == network.AnswerYes:
		return Observation{Value: 1, Known: true, Have: []string{"presented", "endorsed"}, Text: "the plan was presented to and endorsed by " + council}
	case p.PresentedToCouncil == network.AnswerNo:
		return Observation{Value: 0, Known: true, Missing: []string{"presented", "endorsed"}, Text: "the plan was not presented to " + council,
			Next: "next step: present it to " + council + " for endorsement"}
	case p.PresentedToCouncil == network.AnswerYes && p.EndorsedByCouncil == network.AnswerNo:
		return Observation{Value: 0.5, Known: true, Have: []string{"presented"}, Missing: []string{"endorsed"}, Text: "the plan was presented to " + council + " but not endorsed",
			Next: "next step: ask " + council + " again to endorse it"}
	case p.PresentedToCouncil == network.AnswerYes:
		return Observation{Known: false, Have: []string{"presented"}, Text: "the plan was presented to " + council + "; whether it was endorsed is not recorded"}
	}
	return Observation{Known: false, Text: "the profile does not record whether the plan went to " + council}
}

// fiscalYear returns the year of the fiscal year (April to March) that
// date d falls in: 2025 for 2026-03-31, 2026 for 2026-04-01. A year-only
// date gives the fiscal year that starts in the year before, so that a
// plan of either fiscal year touching it counts.
func fiscalYear(d network.Date) int {
	if d.Month() >= 4 {
		return d.Year()
	}
	return d.Year() - 1
}

// actionPlan says whether the partnership has a current annual action plan:
// yes when the profile records one (action_plan_year) and, with a date
// judged, its year is the fiscal year of that date or later; no otherwise
// (an empty year counts as no plan, so missing data never raises a score).
func actionPlan(p network.Profile, asOf network.Date) (network.Answer, string) {
	switch {
	case p.ActionPlanYear <= 0:
		return network.AnswerNo, ""
	case asOf.IsZero() || p.ActionPlanYear >= fiscalYear(asOf):
		return network.AnswerYes, ""
	}
	return network.AnswerNo, fmt.Sprintf("the latest annual action plan (%d) is not current on %s", p.ActionPlanYear, asOf)
}

// stageNames are the five development stages of a LIP (Lecours 2018).
var stageNames = [...]string{"", "establish a council", "conduct research, a needs assessment", "adopt a local settlement strategy, the strategic plan", "produce annual action plans", "implement the action plans"}

func planStage(c *Context, _ string) Observation {
	if !c.m.hasProfile {
		return Observation{Known: false, Text: "without a profile the development stage is not known"}
	}
	p := c.m.profile
	plan, stale := actionPlan(p, c.m.asOf)
	steps := []network.Answer{
		yesNo(c.council >= 0),
		p.NeedsAssessment,
		p.StrategicPlan,
		plan,
		implAnswer(p.Implementation),
	}
	stage := 0
	for _, a := range steps {
		if a != network.AnswerYes {
			if a == network.AnswerUnknown {
				return Observation{Known: false, Text: c.sprintf("stage %d reached; the profile does not say whether the partnership has done stage %d (%s)", stage, stage+1, stageNames[stage+1])}
			}
			break
		}
		stage++
	}
	o := Observation{Value: float64(stage), Known: true, Text: c.sprintf("the partnership has reached stage %d of 5", stage)}
	for i := 1; i <= stage; i++ {
		o.Have = append(o.Have, stageNames[i])
	}
	if stage > 0 {
		o.Text += " (" + stageNames[stage] + ")"
	}
	if stage == 3 && stale != "" {
		o.Text += ": " + stale
	}
	if stage < 5 {
		o.Missing = []string{stageNames[stage+1]}
		o.Next = "next step: " + stageNames[stage+1]
	}
	return o
}

func yesNo(b bool) network.Answer {
	if b {
		return network.AnswerYes
	}
	return network.AnswerNo
}

// implAnswer says whether implementation has started: yes for in-progress
// or complete, no for none, unknown otherwise.
func implAnswer(s string) network.Answer {
	switch s {
	case "in-progress", "complete":
		return network.AnswerYes
	case "none":
		return network.AnswerNo
	}
	return network.AnswerUnknown
}
