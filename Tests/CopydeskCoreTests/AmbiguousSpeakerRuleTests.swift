import Testing
@testable import CopydeskCore

@Test func heSaidWithTwoCandidatesIsAmbiguous() {
    checkRule("ambiguous-speaker", [
        "a.txt": "H\n\nMr Ma met Dr. José Núñez 🎉 on Monday.\r\n\r\n“It went well,” 1️⃣he1️⃣ said.\r\n",
    ], messageContains: "could be 'Ma' or 'José Núñez'")
}

@Test func heSaidWithOneCandidateOrTheSpeakerIsNot() {
    checkRule("ambiguous-speaker", [
        "a.txt": "H\n\nHarley Lewin, a partner, says, “Jack Ma is great and Trump is too.”\n\n“There is nothing to lose,” he added.\n\nClark met officials. “Fine,” he said.\n",
    ])
}
