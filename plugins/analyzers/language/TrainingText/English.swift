extension TrainingText {
    static let english = #"""
    Hi there, I ordered a pair of running shoes last Tuesday and the tracking page still says the parcel is waiting at the depot.
    Could you please tell me when my refund will be processed? It has been almost three weeks since I sent the item back.
    Thanks so much for the quick reply, the replacement arrived this morning and it works perfectly.
    I have been a loyal customer for years, but the way your support team handled my complaint was honestly disappointing.
    The app keeps crashing whenever I try to upload a photo, and reinstalling it did not help at all.
    We are sorry for the inconvenience and have passed your feedback on to the delivery team.
    Is there any way to change the shipping address after the order has already been confirmed?
    My flight was cancelled at the last minute and nobody at the desk could explain what we were supposed to do next.
    The hotel was clean and quiet, the staff were friendly, and breakfast was served until eleven, which we really appreciated.
    We walked along the river in the evening and found a small restaurant with the best fish soup I have ever tasted.
    The train to the airport leaves every twenty minutes from the main station, so you do not need to book in advance.
    Heavy rain is expected across the north of the country tonight, with strong winds along the coast.
    The city council announced on Monday that the new bridge will open to traffic by the end of the year.
    Shares in the company fell sharply after it warned that profits would be lower than expected.
    Police have asked anyone who witnessed the accident to come forward with information.
    Just tried the new coffee place downtown and wow, the pastries are amazing, definitely going back this weekend!
    Can't believe how long the queue was at the post office today, I waited nearly an hour just to send one letter.
    Honestly the customer service here is a joke, I've been on hold for forty minutes and still no answer.
    Loving the new update, the dark mode looks great and everything feels much faster than before.
    Who else is watching the game tonight? I think our team finally has a real chance this season.
    I would like to cancel my subscription because I no longer use the service and I was charged twice this month.
    Your package has been delivered to the front door. If you did not receive it, please contact us within seven days.
    The battery drains really fast since the last update, it barely lasts half a day now.
    Please find attached a copy of the invoice and the photos showing the damage to the box.
    We are pleased to let you know that your account has been upgraded free of charge.
    The children spent the whole afternoon building sandcastles on the beach while we read our books in the shade.
    If you are visiting in summer, bring a light jacket because the evenings can get surprisingly cold.
    My neighbour has been playing loud music every night this week and I really need some sleep.
    She finally got the job she wanted, and we are all going out for dinner on Friday to celebrate.
    Remember to water the plants and feed the cat while we are away for the weekend.
    The museum is closed on Mondays, but the gardens are open every day from nine in the morning until sunset.
    Our internet connection has been dropping out several times a day, which makes working from home very difficult.
    The technician was supposed to come between eight and twelve, but he never showed up and nobody called.
    What time does the pharmacy open on Sundays, and do I need a prescription for this medicine?
    Thank you for your patience while we look into this issue; we will get back to you as soon as possible.
    According to the latest survey, more young people are choosing to rent rather than buy their first home.
    The government has promised to invest more money in schools, hospitals and public transport over the next five years.
    Scientists say the warmer weather has caused the flowers to bloom almost two weeks earlier than usual.
    Does anyone know a good mechanic near the station? My car is making a strange noise when I brake.
    I was told on the phone that the discount would apply, but it was not included in the final price.
    We had a wonderful time at the wedding, the music was brilliant and everyone danced until midnight.
    This is the third time I have written to you about the same problem, and I still have not received a proper answer.
    Please make sure that the password contains at least eight characters, including a number and a capital letter.
    The weather was perfect for a long walk through the hills, and we stopped for lunch at a farm that sells its own cheese.
    I think there is a mistake on my bill, because I was charged for a premium plan that I never signed up for.
    Great experience overall, the driver was polite, the car was spotless, and we arrived earlier than planned.
    Would it be possible to speak to a manager about this? I feel that my case has not been taken seriously.
    They are building a new supermarket on the corner, so the road will be closed for a few weeks.
    Happy birthday to my amazing sister, I hope all your wishes come true this year!
    The meeting has been moved to Thursday afternoon because half of the team are travelling on Wednesday.
    Every morning I take the bus to work, and it is always late when it rains.
    Why is it so hard to find a simple phone number on your website? I just want to talk to a real person.
    The new policy will affect thousands of workers who rely on overtime to pay their bills.
    We have received your request and a member of our team will contact you within two working days.
    """#
}
