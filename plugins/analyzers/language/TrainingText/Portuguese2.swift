extension TrainingText {
    /// Second Portuguese batch (Brazilian and European): banking, technology, shopping and short social posts.
    static let portuguese2 = #"""
    Por que aparece no meu extrato uma transação pendente que eu não reconheço de jeito nenhum?
    A taxa de câmbio aplicada à minha transferência foi muito pior do que a que aparecia no aplicativo.
    Carreguei a conta com o meu cartão de débito, mas o saldo continua a mostrar zero.
    Alguém fez três pagamentos sem a minha autorização enquanto eu dormia, bloqueiem o cartão já.
    Quanto tempo costuma demorar uma transferência enviada do exterior?
    O débito direto do ginásio saiu duas vezes e quero que o segundo seja devolvido.
    Esqueci o PIN e o multibanco ficou com o cartão à terceira tentativa.
    Tem alguma taxa para sacar dinheiro em outra moeda, ou isso já está incluído no meu plano?
    O código de verificação nunca chega por SMS, então não consigo aprovar o pagamento.
    kkkkk o celular corrigiu o meu próprio nome de novo, esse teclado não tem jeito
    gente o episódio de ontem foi bom demais, eu gritei no final
    a fila da loja não valeu a pena, não tinha sobrado nada
    que chegue logo o fim de semana, sem despertador, sem e-mail, só dormir e comer pizza
    presa no trânsito há uma hora e ainda acabou a bateria do fone, que dia
    valeu ao moço do balcão que arrumou o meu pedido sem criar caso
    mais alguém não está conseguindo carregar o feed hoje de manhã ou sou só eu?
    essa é de longe a pior atualização que eles já lançaram, devolvam o visual antigo
    O portátil novo liga em segundos, o teclado é firme e o ecrã tem brilho suficiente para trabalhar na rua.
    Depois da atualização o roteador reinicia de poucas em poucas horas e isso está deixando a gente louco.
    No nosso supermercado agora dá para ler os produtos com o telemóvel enquanto fazemos as compras, e poupa-se imenso tempo na caixa.
    A liquidação acaba hoje à noite e a maioria dos tamanhos já esgotou no site e nas lojas.
    O avançado marcou dois golos na segunda parte e a equipa da casa subiu ao terceiro lugar da classificação.
    Apesar do frio e do vento, a maratona reuniu mais de vinte mil corredores.
    Os médicos recomendam beber bastante água e dormir o suficiente durante a época de provas.
    As frutas e os legumes ficaram mais caros outra vez e muitas famílias estão comprando menos produtos frescos.
    A oposição criticou o orçamento, dizendo que quase não ajuda quem ganha pouco.
    As negociações entre o sindicato e a empresa fracassaram na noite de quinta-feira.
    Pesquisadores da universidade desenvolveram um método mais barato para reciclar garrafas de plástico.
    Recomendo muito este lugar a quem procura um fim de semana tranquilo longe da cidade.
    A descrição do produto era enganosa, o tecido é fininho e a cor não tem nada a ver com as fotos.
    Adoro este liquidificador, faz vitaminas em segundos e é muito fácil de limpar.
    A internet fica lentíssima todas as noites e o teste de velocidade mostra uma fração do que eu pago.
    Podem explicar-me as cobranças da minha última fatura? O total é maior do que o combinado.
    Oi, só queria saber se vocês receberam o meu e-mail sobre os itens que faltaram no pedido de ontem.
    """#
}
