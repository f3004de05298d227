extension TrainingText {
    /// Second English batch: banking, technology, shopping and short social posts.
    static let english2 = #"""
    Why is there a pending transaction on my statement that I do not recognise at all?
    The exchange rate you applied to my transfer was much worse than the one shown in the app.
    I topped up my account with my debit card, but the balance still shows zero.
    Someone made three unauthorised payments with my card while I was asleep, please freeze it right now.
    How long does a bank transfer usually take to arrive when it is sent from abroad?
    My direct debit for the gym went out twice, and I would like the second payment reversed.
    I forgot my PIN and the cash machine swallowed my card after the third attempt.
    Is there a fee for withdrawing cash in another currency, or is it included in my plan?
    The virtual card worked fine yesterday, but today every online purchase gets declined.
    Can I get a physical card delivered to a different address while I am travelling?
    The verification code never arrives by text message, so I cannot log in to approve the payment.
    lol my phone autocorrected my own name again, this keyboard is hopeless
    omg the new episode was so good, I literally screamed at the ending
    gonna be honest, the queue at the store was not worth it, they ran out of everything
    can't wait for the weekend, no alarms and no emails, just sleep and pizza
    ugh stuck in traffic for an hour and my headphones just died, what a day
    shoutout to the guy at the counter who fixed my order without making a fuss
    anyone else having trouble loading their feed this morning or is it just me?
    this is hands down the worst update they have ever pushed, bring back the old layout
    The new laptop boots in seconds, the keyboard feels solid, and the screen is bright enough to work outside.
    After the firmware upgrade the router keeps restarting every few hours, which is driving us mad.
    The smartwatch tracks my sleep and steps accurately, though the strap started to crack after a month.
    Our supermarket now lets you scan items with your phone while you shop, which saves a lot of time at the till.
    The sale ends tonight, and most sizes are already sold out online and in stores.
    The striker scored twice in the second half and the home side moved up to third in the table.
    The marathon attracted more than twenty thousand runners despite the cold and windy weather.
    Doctors recommend drinking plenty of water and getting enough sleep during the exam period.
    The clinic has extended its opening hours so that patients can book evening appointments.
    Prices for fruit and vegetables have risen again, and many families are cutting back on fresh food.
    The opposition criticised the budget, saying it does little to help people on low incomes.
    Negotiations between the union and the employer broke down late on Thursday night.
    Researchers at the university have developed a cheaper way to recycle plastic bottles.
    I would highly recommend this place to anyone looking for a quiet weekend away from the city.
    The product description was misleading, the material is thin and the colour is nothing like the pictures.
    Absolutely love this blender, it makes smoothies in seconds and is easy to clean afterwards.
    The instructions say it should take ten minutes to assemble, but it took us the whole evening.
    My broadband has been painfully slow every evening this week, and the speed test shows a fraction of what I pay for.
    I received a message saying my delivery was rescheduled, but nobody asked me whether the new date suits me.
    Please explain the charges on my latest statement, because the total is higher than what we agreed.
    Hey, just checking whether you got my email about the missing items from yesterday's order.
    """#
}
