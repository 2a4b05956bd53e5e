package draw

func partnerGoldenCases() []goldenCase { return nil }
